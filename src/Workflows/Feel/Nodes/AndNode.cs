namespace LaiChau.Workflows.Feel.Nodes;

/// <summary><c>a and b</c> with three-valued logic: false wins, then null; anything not boolean counts as null.</summary>
internal sealed class AndNode(int offset, Node left, Node right) : Node(offset)
{
    public override FeelValue Evaluate(ref Evaluation ev)
    {
        ev.Step(Offset);
        var a = left.Evaluate(ref ev);
        if (a.Kind == FeelKind.Boolean && !a.IsTrue)
        {
            return FeelValue.False;
        }

        var b = right.Evaluate(ref ev);
        if (b.Kind == FeelKind.Boolean && !b.IsTrue)
        {
            return FeelValue.False;
        }

        return a.IsTrue && b.IsTrue ? FeelValue.True : FeelValue.Null;
    }
}
