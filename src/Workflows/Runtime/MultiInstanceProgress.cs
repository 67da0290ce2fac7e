using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// A multi-instance body's bookkeeping: the input collection as evaluated once at the body's activation (so a
/// sequential body iterates what it saw at the start), how many inner instances it created and how many completed.
/// </summary>
public sealed class MultiInstanceProgress(IReadOnlyList<FeelValue> items)
{
    public IReadOnlyList<FeelValue> Items { get; } = items;

    public int Created { get; internal set; }

    public int Completed { get; internal set; }
}
