namespace LaiChau.Workflows.Model;

public enum GatewayKind
{
    Exclusive,
    Parallel,
    Inclusive,
    EventBased,
}

/// <summary>A gateway; <see cref="DefaultFlowId"/> is taken when no condition holds (exclusive and inclusive only).</summary>
public sealed record Gateway : FlowNode
{
    public required GatewayKind Kind { get; init; }

    public string? DefaultFlowId { get; init; }
}
