namespace LaiChau.Workflows.Feel.Nodes;

/// <summary>A compiled piece of an expression. Nodes are immutable, so one tree serves many threads.</summary>
internal abstract class Node(int offset)
{
    public int Offset { get; } = offset;

    /// <summary>Height of the subtree, bounded by the parser so evaluation cannot overflow the stack.</summary>
    public int Depth { get; init; } = 1;

    public abstract FeelValue Evaluate(ref Evaluation ev);

    public static int DepthOf(params ReadOnlySpan<Node?> children)
    {
        var max = 0;
        foreach (var child in children)
        {
            max = Math.Max(max, child?.Depth ?? 0);
        }

        return max + 1;
    }
}
