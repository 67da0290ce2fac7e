using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>
/// What every command part of the engine (<see cref="WorkflowDeployments"/>, <see cref="WorkflowInstances"/>,
/// <see cref="WorkflowJobs"/>, <see cref="WorkflowUserTasks"/>, <see cref="WorkflowMessages"/>,
/// <see cref="WorkflowIncidents"/>, <see cref="WorkflowMigrations"/>, <see cref="WorkflowTimers"/>) runs its command
/// through: <see cref="RunAsync{T}"/> — load, run the semantics until every token waits, save state, jobs, tasks and
/// journal in one transaction (one group commit shared by the engine), retry on a concurrent change — and, after the
/// commit, the engine's events. One per engine.
/// </summary>
internal sealed class CommandRunner(IWorkflowDatabase database, EngineServices services)
{
    public IWorkflowDatabase Database => database;

    public EngineServices Services => services;

    public Persistence.GroupCommit GroupCommit { get; } = new(Math.Max(1, services.Options.MaxCommitGroupsInFlight));

    /// <summary>Set by this host's job worker service (<see cref="WorkflowEngine.JobHandOff"/>; ADR 27).</summary>
    public IJobHandOff? JobHandOff { get; set; }

    /// <summary>Raised after a command that created jobs committed, so that this host's workers fetch at once.</summary>
    public event Action? JobsAvailable;

    /// <summary>Raised after a command that opened, fired or cancelled timers committed (the host's scheduler listens).</summary>
    public event Action<TimerChanges>? TimersChanged;

    public void NotifyCommitted(CommandUnit unit)
    {
        if (unit.JobsCreated)
        {
            JobsAvailable?.Invoke();
        }

        if (unit.TimersScheduled.Count > 0 || unit.TimersRemoved.Count > 0)
        {
            TimersChanged?.Invoke(new TimerChanges(unit.TimersScheduled, unit.TimersRemoved) { RemovedDue = unit.TimersRemovedDue });
        }
    }

    /// <summary>One command, in a fresh DbContext per attempt; a concurrent change to the same rows re-runs it.</summary>
    public async Task<T> RunAsync<T>(Func<CommandUnit, Task<T>> command, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var session = database.Open();
            var unit = new CommandUnit(session.Context, services) { HandOff = JobHandOff };
            var committed = false;
            try
            {
                var result = await command(unit);
                await unit.SaveAsync(GroupCommit, ct);
                committed = true;
                unit.HandOverJobs();
                NotifyCommitted(unit);
                return result;
            }
            catch (Exception e) when (attempt < services.Options.MaxCommandAttempts && IsLostRace(e))
            {
                // Someone else changed the instance first: start again from what they saved.
            }
            finally
            {
                if (!committed)
                {
                    unit.ReleaseJobs();
                }
            }
        }
    }

    /// <summary>
    /// A save that lost to a concurrent command. The provider's execution strategy may wrap it (a deadlock is
    /// "transient"), and a deadlock may also end a bulk statement after the save.
    /// </summary>
    private bool IsLostRace(Exception e) =>
        WorkflowDatabaseRaces.IsRolledBackByTheServer(e)
        || ((e as DbUpdateException ?? e.InnerException as DbUpdateException) is { } update
            && (update is DbUpdateConcurrencyException || database.IsLostRace(update)));
}
