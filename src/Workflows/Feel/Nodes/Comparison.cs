namespace LaiChau.Workflows.Feel.Nodes;

/// <summary>The comparison operators' semantics, shared by binary comparisons, unary tests and <c>between</c>.</summary>
internal static class Comparison
{
    public static FeelValue Apply(ComparisonOperator op, in FeelValue a, in FeelValue b, ref Evaluation ev, int offset)
    {
        if (op is ComparisonOperator.Equal or ComparisonOperator.NotEqual)
        {
            // x = null tests for null (DMN 1.4): only values of different non-null kinds are incomparable.
            var equal = FeelCompare.AreEqual(a, b);
            if (equal is null)
            {
                return ev.Warn(offset, "cannot compare a {0} with a {1}", Evaluation.KindName(a.Kind), Evaluation.KindName(b.Kind));
            }

            return FeelValue.Boolean(equal.Value == (op == ComparisonOperator.Equal));
        }

        if (a.IsNull || b.IsNull)
        {
            return FeelValue.Null;
        }

        if (FeelCompare.Compare(a, b) is not { } c)
        {
            return ev.Warn(offset, "cannot order a {0} and a {1}", Evaluation.KindName(a.Kind), Evaluation.KindName(b.Kind));
        }

        return FeelValue.Boolean(op switch
        {
            ComparisonOperator.Less => c < 0,
            ComparisonOperator.LessEqual => c <= 0,
            ComparisonOperator.Greater => c > 0,
            _ => c >= 0,
        });
    }
}
