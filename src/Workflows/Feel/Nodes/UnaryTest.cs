namespace LaiChau.Workflows.Feel.Nodes;

/// <summary>One test on the right of <c>in</c>; yields true, false or null for the input value.</summary>
internal abstract class UnaryTest(int depth)
{
    public int Depth => depth;

    public abstract FeelValue Test(in FeelValue input, ref Evaluation ev, int offset);
}
