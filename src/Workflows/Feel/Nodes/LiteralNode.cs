namespace LaiChau.Workflows.Feel.Nodes;

internal sealed class LiteralNode(int offset, FeelValue value) : Node(offset)
{
    public FeelValue Value { get; } = value;

    public override FeelValue Evaluate(ref Evaluation ev)
    {
        ev.Step(Offset);
        return Value;
    }
}
