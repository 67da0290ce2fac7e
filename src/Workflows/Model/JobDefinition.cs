namespace LaiChau.Workflows.Model;

/// <summary><c>zeebe:taskDefinition</c> and <c>zeebe:taskHeaders</c>: the job a worker of <see cref="Type"/> picks up.</summary>
public sealed record JobDefinition(string? Type, string? Retries, IReadOnlyDictionary<string, string> Headers);
