using System.Collections.Concurrent;

namespace LaiChau.Workflows.Tests.Concurrency;

/// <summary>
/// What the driver was told succeeded (acknowledged commands) and what it ran: the final audit checks that nothing
/// acknowledged is missing and that nothing ran twice. A command that threw was not acknowledged: it may or may not
/// have committed (a connection killed after the commit loses only the answer).
/// </summary>
internal sealed class Ledger
{
    public ConcurrentBag<Guid> StartedInstances { get; } = [];

    /// <summary>Task id → the instance it belongs to.</summary>
    public ConcurrentDictionary<Guid, Guid> CompletedTasks { get; } = new();

    /// <summary>Job id → how many of its activations ended in an acknowledged completion.</summary>
    public ConcurrentDictionary<Guid, int> CompletedJobs { get; } = new();

    /// <summary>Jobs activated again after their completion was acknowledged (must stay empty).</summary>
    public ConcurrentBag<Guid> JobsActivatedAfterCompletion { get; } = [];

    /// <summary>(instance, message name) → acknowledged correlations.</summary>
    public ConcurrentDictionary<(Guid Instance, string Message), int> Correlations { get; } = new();

    /// <summary>Commands that threw, by exception type: the run's report when an audit fails.</summary>
    public ConcurrentDictionary<string, int> Refusals { get; } = new();

    public int Acknowledged;

    /// <summary>Commands of engine B that failed because it was killed while they ran.</summary>
    public int LostWithEngineB;

    public void Activated(Guid jobId)
    {
        if (CompletedJobs.ContainsKey(jobId))
        {
            JobsActivatedAfterCompletion.Add(jobId);
        }
    }

    public void Refused(Exception e) => Refusals.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);

    public string Summary() =>
        $"{Acknowledged} acknowledged, {LostWithEngineB} lost with engine B; refused: {string.Join(", ", Refusals.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} {r.Value}"))}";
}
