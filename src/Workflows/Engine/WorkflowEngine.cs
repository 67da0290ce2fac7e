using LaiChau.Workflows.Bpmn;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>What starts an instance: the process key, optionally a version (else the latest), a business key and variables.</summary>
public sealed record StartInstance(
    string DefinitionKey, int? Version, string? BusinessKey, IReadOnlyDictionary<string, FeelValue> Variables);

/// <summary>
/// A new instance after its first run, before it is saved: its id and its process-scope variables (what the
/// definition computed on the way, e.g. a deadline; issue 16 point 4).
/// </summary>
public sealed record StartedInstanceView(Guid Id, IReadOnlyDictionary<string, FeelValue> Variables);

/// <summary>
/// The durable engine: every stimulus is a command run by <see cref="RunAsync{T}"/> — load, run the semantics until every
/// token waits, save state, jobs, tasks and journal in one transaction, retry on a concurrent change.
/// </summary>
public sealed partial class WorkflowEngine
{
    private readonly IWorkflowDatabase _database;
    private readonly EngineServices _services;
    private readonly IUserTaskAuthorization _authorization;
    private readonly Forms.IFormOptionSource? _formOptions;
    private readonly FeelContext _feel;
    private readonly Persistence.GroupCommit _groupCommit;

    public WorkflowEngine(
        IWorkflowDatabase database,
        TimeProvider clock,
        WorkflowEngineOptions? options = null,
        FeelFunctions? functions = null,
        IUserTaskAuthorization? authorization = null,
        Func<Calendar.WorkingDayCalculator>? workingDays = null,
        Forms.IFormOptionSource? formOptions = null)
    {
        _database = database;
        var semantics = new Semantics(clock, () => Guid.CreateVersion7(clock.GetUtcNow()), functions, workingDays);
        _services = new EngineServices(
            clock,
            semantics,
            new DefinitionCatalog(new FeelExpressionSyntax(functions), clock, semantics),
            new FormCatalog(functions ?? FeelFunctions.BuiltIn, clock),
            options ?? new WorkflowEngineOptions());
        _authorization = authorization ?? new CandidateTaskAuthorization();
        _formOptions = formOptions;
        _feel = new FeelContext(clock, functions);
        _groupCommit = new Persistence.GroupCommit(Math.Max(1, _services.Options.MaxCommitGroupsInFlight));
    }

    /// <summary>Raised after a command that created jobs committed, so that this host's workers fetch at once.</summary>
    public event Action? JobsAvailable;

    /// <summary>Raised after a command that opened, fired or cancelled timers committed (the host's scheduler listens).</summary>
    public event Action<TimerChanges>? TimersChanged;

    public TimeProvider Clock => _services.Clock;

    public WorkflowEngineOptions Options => _services.Options;

    public Task<IReadOnlyList<Deployment>> DeployAsync(string xml, string? deployedBy, CancellationToken ct = default) =>
        DeployAsync(xml, deployedBy, changeNote: null, ct);

    /// <summary>
    /// One BPMN file (its user tasks' forms must be deployed already). The note is kept with a new version only: the
    /// same XML again returns the existing version unchanged.
    /// </summary>
    public async Task<IReadOnlyList<Deployment>> DeployAsync(string xml, string? deployedBy, string? changeNote, CancellationToken ct = default) =>
        (await DeployResourcesAsync([new DeploymentResource("definition.bpmn", xml)], deployedBy, changeNote, ct)).Processes;

    public Task<Guid> StartAsync(StartInstance command, CancellationToken ct = default) =>
        RunAsync(unit => StartInUnitAsync(unit, command, ct), ct);

    /// <summary>
    /// Starts an instance with the caller's DbContext, so the caller's own rows and the new instance commit together
    /// (or not at all): inside the caller's transaction if it has one, else in the one transaction of this save. The
    /// rows are saved when this returns.
    /// </summary>
    public Task<Guid> StartAsync(DbContext db, StartInstance command, CancellationToken ct = default) =>
        StartAsync(db, command, beforeSave: null, ct);

    /// <summary>
    /// As above; <paramref name="beforeSave"/> receives the new instance (its id and what its first run computed) before
    /// the one save, so that the caller can complete its own pending rows and everything goes to the database in a single save.
    /// </summary>
    public async Task<Guid> StartAsync(DbContext db, StartInstance command, Action<StartedInstanceView>? beforeSave, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Outside a caller's transaction the unit's save is the commit: its write may join a group (ADR 27) and its
        // jobs may go straight to this host's workers. Inside one, the caller may still roll back: no hand-off then.
        var ownCommit = db.Database.CurrentTransaction is null;
        var unit = new CommandUnit(db, _services) { HandOff = ownCommit ? JobHandOff : null };
        var committed = false;
        try
        {
            var process = await _services.Definitions.FindAsync(unit.Db, command.DefinitionKey, command.Version, ct);
            var instance = await unit.StartAsync(process, command.Variables, command.BusinessKey, parent: null, ct);
            beforeSave?.Invoke(new StartedInstanceView(instance.Id, instance.State.VariablesOf(instance.State.Id)));
            await unit.SaveAsync(ownCommit ? _groupCommit : null, ct);
            committed = true;
            unit.HandOverJobs();
            // Inside a caller's transaction that may still roll back: a woken worker then finds nothing, which is harmless.
            NotifyCommitted(unit);
            return instance.Id;
        }
        finally
        {
            if (!committed)
            {
                unit.ReleaseJobs();
            }
        }
    }

    /// <summary>Terminates every token of the instance; its jobs go, its tasks are cancelled.</summary>
    public Task CancelAsync(Guid instanceId, CancellationToken ct = default) =>
        RunAsync(async unit =>
        {
            var instance = await unit.LoadAsync(instanceId, ct);
            instance.EnsureActive();
            if (instance.Row.ParentInstanceId is { } parent)
            {
                // Zeebe's rule: a called instance ends with its call activity; cancel the parent (or interrupt the call).
                throw new WorkflowConflictException($"Instance {instanceId} was called by instance {parent}: cancel that one.");
            }

            await unit.ApplyAsync(instance, _services.Semantics.Cancel(instance.State), ct);
            return true;
        }, ct);

    private async Task<Guid> StartInUnitAsync(CommandUnit unit, StartInstance command, CancellationToken ct)
    {
        var process = await _services.Definitions.FindAsync(unit.Db, command.DefinitionKey, command.Version, ct);
        var instance = await unit.StartAsync(process, command.Variables, command.BusinessKey, parent: null, ct);
        return instance.Id;
    }

    private void NotifyCommitted(CommandUnit unit)
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
    private async Task<T> RunAsync<T>(Func<CommandUnit, Task<T>> command, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var session = _database.Open();
            var unit = new CommandUnit(session.Context, _services) { HandOff = JobHandOff };
            var committed = false;
            try
            {
                var result = await command(unit);
                await unit.SaveAsync(_groupCommit, ct);
                committed = true;
                unit.HandOverJobs();
                NotifyCommitted(unit);
                return result;
            }
            catch (Exception e) when (attempt < _services.Options.MaxCommandAttempts && IsLostRace(e))
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
            && (update is DbUpdateConcurrencyException || _database.IsLostRace(update)));
}
