namespace LaiChau.Workflows.Feel.Nodes;

/// <summary><c>[1..10]</c> or <c>(a..b]</c> written after <c>in</c>: tested without building a range value.</summary>
internal sealed class IntervalTest(Node low, bool lowIncluded, Node high, bool highIncluded) : UnaryTest(Node.DepthOf(low, high))
{
    public override FeelValue Test(in FeelValue input, ref Evaluation ev, int offset) =>
        Ranges.Contains(input, low.Evaluate(ref ev), lowIncluded, high.Evaluate(ref ev), highIncluded, ref ev, offset);
}
