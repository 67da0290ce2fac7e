namespace LaiChau.Workflows.Feel.Nodes;

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
