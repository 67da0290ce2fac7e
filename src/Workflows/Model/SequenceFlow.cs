namespace LaiChau.Workflows.Model;

/// <summary>A directed edge between two nodes of the same scope; <see cref="Condition"/> is the raw condition text.</summary>
public sealed record SequenceFlow(string Id, string SourceId, string TargetId, string? Condition, SourcePosition Position)
{
    public string? Name { get; init; }
}
