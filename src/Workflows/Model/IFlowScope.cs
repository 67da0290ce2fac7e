namespace LaiChau.Workflows.Model;

/// <summary>A process or a sub-process: a graph whose flows connect only its own nodes.</summary>
public interface IFlowScope
{
    string Id { get; }

    IReadOnlyList<FlowNode> Nodes { get; }

    IReadOnlyList<SequenceFlow> Flows { get; }
}
