using LaiChau.Workflows.Feel;
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

/// <summary>Instances: start (alone, or in the caller's transaction), cancel, and set variables.</summary>
public sealed class WorkflowInstances : WorkflowEnginePart
{
    internal WorkflowInstances(CommandRunner runner)
        : base(runner)
    {
    }

    public Task<Guid> StartAsync(StartInstance command, CancellationToken ct = default) =>
        Runner.RunAsync(unit => StartInUnitAsync(unit, command, ct), ct);

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
        var unit = new CommandUnit(db, Services) { HandOff = ownCommit ? Runner.JobHandOff : null };
        var committed = false;
        try
        {
            var process = await Services.Definitions.FindAsync(unit.Db, command.DefinitionKey, command.Version, ct);
            var instance = await unit.StartAsync(process, command.Variables, command.BusinessKey, parent: null, ct);
            beforeSave?.Invoke(new StartedInstanceView(instance.Id, instance.State.VariablesOf(instance.State.Id)));
            await unit.SaveAsync(ownCommit ? Runner.GroupCommit : null, ct);
            committed = true;
            unit.HandOverJobs();
            // Inside a caller's transaction that may still roll back: a woken worker then finds nothing, which is harmless.
            Runner.NotifyCommitted(unit);
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
        Runner.RunAsync(async unit =>
        {
            var instance = await unit.LoadAsync(instanceId, ct);
            instance.EnsureActive();
            if (instance.Row.ParentInstanceId is { } parent)
            {
                // Zeebe's rule: a called instance ends with its call activity; cancel the parent (or interrupt the call).
                throw new WorkflowConflictException($"Instance {instanceId} was called by instance {parent}: cancel that one.");
            }

            await unit.ApplyAsync(instance, Services.Semantics.Cancel(instance.State), ct);
            return true;
        }, ct);

    /// <summary>Sets variables of the instance (or of one of its scopes) — e.g. to fix what made an expression fail.</summary>
    public Task SetVariablesAsync(Guid instanceId, Guid? scopeId, IReadOnlyDictionary<string, FeelValue> variables, CancellationToken ct = default) =>
        Runner.RunAsync(async unit =>
        {
            var instance = await unit.LoadAsync(instanceId, ct);
            instance.EnsureActive();
            var scope = scopeId ?? instanceId;
            if (scope != instanceId && instance.State.FindElementInstance(scope) is not { IsActive: true })
            {
                throw new WorkflowNotFoundException($"Instance {instanceId} has no active scope {scope}.");
            }

            await unit.ApplyAsync(instance, Services.Semantics.SetVariables(instance.State, scope, variables), ct);
            return true;
        }, ct);

    private async Task<Guid> StartInUnitAsync(CommandUnit unit, StartInstance command, CancellationToken ct)
    {
        var process = await Services.Definitions.FindAsync(unit.Db, command.DefinitionKey, command.Version, ct);
        var instance = await unit.StartAsync(process, command.Variables, command.BusinessKey, parent: null, ct);
        return instance.Id;
    }
}
