namespace LaiChau.Workflows.Feel.Nodes;

/// <summary><c>x between a and b</c> is <c>a &lt;= x and x &lt;= b</c>.</summary>
internal sealed class BetweenNode(int offset, Node value, Node low, Node high) : Node(offset)
{
    public override FeelValue Evaluate(ref Evaluation ev)
    {
        ev.Step(Offset);
        var x = value.Evaluate(ref ev);
        var lo = low.Evaluate(ref ev);
        var hi = high.Evaluate(ref ev);
        var above = Comparison.Apply(ComparisonOperator.GreaterEqual, x, lo, ref ev, Offset);
        var below = Comparison.Apply(ComparisonOperator.LessEqual, x, hi, ref ev, Offset);
        if ((above.Kind == FeelKind.Boolean && !above.IsTrue) || (below.Kind == FeelKind.Boolean && !below.IsTrue))
        {
            return FeelValue.False;
        }

        return above.IsTrue && below.IsTrue ? FeelValue.True : FeelValue.Null;
    }
}
