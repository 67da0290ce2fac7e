namespace LaiChau.Workflows.Feel.Nodes;

internal sealed class ComparisonNode(int offset, ComparisonOperator op, Node left, Node right) : Node(offset)
{
    public override FeelValue Evaluate(ref Evaluation ev)
    {
        ev.Step(Offset);
        var a = left.Evaluate(ref ev);
        var b = right.Evaluate(ref ev);
        return Comparison.Apply(op, a, b, ref ev, Offset);
    }
}
