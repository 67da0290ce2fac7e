namespace LaiChau.Workflows.Feel.Nodes;

/// <summary>One test on the right of <c>in</c>; yields true, false or null for the input value.</summary>
internal abstract class UnaryTest(int depth)
{
    public int Depth => depth;

    public abstract FeelValue Test(in FeelValue input, ref Evaluation ev, int offset);
}

/// <summary><c>&lt; 5</c>, <c>&gt;= x</c>, <c>!= "a"</c>.</summary>
internal sealed class ComparisonTest(ComparisonOperator op, Node operand) : UnaryTest(operand.Depth)
{
    public override FeelValue Test(in FeelValue input, ref Evaluation ev, int offset) =>
        Comparison.Apply(op, input, operand.Evaluate(ref ev), ref ev, offset);
}

/// <summary><c>[1..10]</c> or <c>(a..b]</c> written after <c>in</c>: tested without building a range value.</summary>
internal sealed class IntervalTest(Node low, bool lowIncluded, Node high, bool highIncluded) : UnaryTest(Node.DepthOf(low, high))
{
    public override FeelValue Test(in FeelValue input, ref Evaluation ev, int offset) =>
        Ranges.Contains(input, low.Evaluate(ref ev), lowIncluded, high.Evaluate(ref ev), highIncluded, ref ev, offset);
}

/// <summary>An expression: equal to the input, or a list containing it, or a range containing it.</summary>
internal sealed class ValueTest(Node operand) : UnaryTest(operand.Depth)
{
    public override FeelValue Test(in FeelValue input, ref Evaluation ev, int offset)
    {
        var value = operand.Evaluate(ref ev);
        switch (value.Kind)
        {
            case FeelKind.Range:
                var r = value.AsRange();
                return Ranges.Contains(input, r.Low, r.LowIncluded, r.High, r.HighIncluded, ref ev, offset);
            case FeelKind.List:
                var sawNull = false;
                foreach (var item in value.RawList)
                {
                    var hit = item.Kind == FeelKind.Range
                        ? Ranges.Contains(input, item.AsRange().Low, item.AsRange().LowIncluded, item.AsRange().High, item.AsRange().HighIncluded, ref ev, offset)
                        : FeelValue.Boolean(FeelCompare.AreEqual(input, item) == true);
                    if (hit.IsTrue)
                    {
                        return FeelValue.True;
                    }

                    sawNull |= hit.IsNull;
                }

                return sawNull ? FeelValue.Null : FeelValue.False;
            default:
                return Comparison.Apply(ComparisonOperator.Equal, input, value, ref ev, offset);
        }
    }
}
