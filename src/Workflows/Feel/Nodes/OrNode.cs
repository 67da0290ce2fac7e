namespace LaiChau.Workflows.Feel.Nodes;

/// <summary><c>a or b</c> with three-valued logic: true wins, then null.</summary>
internal sealed class OrNode(int offset, Node left, Node right) : Node(offset)
{
    public override FeelValue Evaluate(ref Evaluation ev)
    {
        ev.Step(Offset);
        var a = left.Evaluate(ref ev);
        if (a.IsTrue)
        {
            return FeelValue.True;
        }

        var b = right.Evaluate(ref ev);
        if (b.IsTrue)
        {
            return FeelValue.True;
        }

        return a.Kind == FeelKind.Boolean && b.Kind == FeelKind.Boolean ? FeelValue.False : FeelValue.Null;
    }
}
