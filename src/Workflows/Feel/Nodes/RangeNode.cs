namespace LaiChau.Workflows.Feel.Nodes;

/// <summary>An interval used as a value, e.g. <c>x in r</c> where <c>r</c> was built by <c>[1..10]</c>.</summary>
internal sealed class RangeNode(int offset, Node low, bool lowIncluded, Node high, bool highIncluded) : Node(offset)
{
    /// <summary>The same interval as a test after <c>in</c>, which needs no range value.</summary>
    public IntervalTest AsTest() => new(low, lowIncluded, high, highIncluded);

    public override FeelValue Evaluate(ref Evaluation ev)
    {
        ev.Step(Offset);
        return FeelValue.Range(new FeelRange(low.Evaluate(ref ev), lowIncluded, high.Evaluate(ref ev), highIncluded));
    }
}
