namespace LaiChau.Testing;

/// <summary>
/// Measures what one piece of work allocates on the calling thread. Fuzz tests bound runaway work by what it allocates
/// rather than by wall-clock time, which moves with the machine's load (house rule: no timed assertions).
/// </summary>
public static class AllocationBudget
{
    /// <summary>Runs <paramref name="work"/> and returns its result with the bytes it allocated on this thread.</summary>
    public static (T Result, long Bytes) Measure<T>(Func<T> work)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = work();
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
