namespace LaiChau.Workflows.Feel.Nodes;

/// <summary>Membership in an interval; a null end point leaves that side open.</summary>
internal static class Ranges
{
    public static FeelValue Contains(in FeelValue x, in FeelValue low, bool lowIncluded, in FeelValue high, bool highIncluded, ref Evaluation ev, int offset)
    {
        if (x.IsNull)
        {
            return FeelValue.Null;
        }

        var above = low.IsNull
            ? FeelValue.True
            : Comparison.Apply(lowIncluded ? ComparisonOperator.GreaterEqual : ComparisonOperator.Greater, x, low, ref ev, offset);
        var below = high.IsNull
            ? FeelValue.True
            : Comparison.Apply(highIncluded ? ComparisonOperator.LessEqual : ComparisonOperator.Less, x, high, ref ev, offset);
        if (above.IsNull || below.IsNull)
        {
            return FeelValue.Null;
        }

        return FeelValue.Boolean(above.IsTrue && below.IsTrue);
    }
}
