using System.Collections.Frozen;

namespace LaiChau.Workflows.Model;

/// <summary>A node of a process graph: an event, an activity or a gateway.</summary>
public abstract record FlowNode
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public SourcePosition Position { get; init; } = SourcePosition.Unknown;

    /// <summary><c>zeebe:properties</c>: name → value, for our own settings such as the working-day calendar.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = FrozenDictionary<string, string>.Empty;

    public IoMapping IoMapping { get; init; } = IoMapping.Empty;
}
