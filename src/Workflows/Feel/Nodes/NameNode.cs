namespace LaiChau.Workflows.Feel.Nodes;

/// <summary>A variable or a local name; a missing one is null (with a warning), as in Camunda.</summary>
internal sealed class NameNode(int offset, string name) : Node(offset)
{
    public string Name { get; } = name;

    public override FeelValue Evaluate(ref Evaluation ev)
    {
        ev.Step(Offset);
        return ev.TryLookup(Name, out var value) ? value : ev.Warn(Offset, "no variable named '{0}'", Name);
    }
}
