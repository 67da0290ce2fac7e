namespace LaiChau.Workflows.Feel.Nodes;

/// <summary><c>&lt; 5</c>, <c>&gt;= x</c>, <c>!= "a"</c>.</summary>
internal sealed class ComparisonTest(ComparisonOperator op, Node operand) : UnaryTest(operand.Depth)
{
    public override FeelValue Test(in FeelValue input, ref Evaluation ev, int offset) =>
        Comparison.Apply(op, input, operand.Evaluate(ref ev), ref ev, offset);
}
