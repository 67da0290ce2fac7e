namespace LaiChau.Workflows.Model;

/// <summary><c>multiInstanceLoopCharacteristics</c> with <c>zeebe:loopCharacteristics</c>: one instance per collection item.</summary>
public sealed record MultiInstance(
    bool IsSequential,
    string? InputCollection,
    string? InputElement,
    string? OutputCollection,
    string? OutputElement,
    string? CompletionCondition);
