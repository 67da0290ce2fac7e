namespace LaiChau.Workflows.Feel;

/// <summary>A problem met while evaluating (a type mismatch, a bad argument); the result there was null.</summary>
public sealed record FeelWarning(string Message, int Offset);
