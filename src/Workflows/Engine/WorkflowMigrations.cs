using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>What a migration would do or did: the errors that refuse it, or the version the instance now runs on.</summary>
public sealed record MigrationResult(bool IsValid, int TargetVersion, IReadOnlyList<MigrationError> Errors, bool DryRun);

/// <summary>One instance the bulk migration could not move, and why.</summary>
public sealed record InstanceMigrationRefusal(Guid InstanceId, IReadOnlyList<MigrationError> Errors);

/// <summary>
/// What moving every active instance of one version did: how many there were, how many moved (0 on a dry run or
/// when any was refused), and each refusal.
/// </summary>
public sealed record BulkMigrationResult(
    string Key, int SourceVersion, int TargetVersion, bool DryRun, int Instances, int Migrated, IReadOnlyList<InstanceMigrationRefusal> Refused);

/// <summary>Moving a running instance to another version of its process (issue 4 point 7).</summary>
public sealed class WorkflowMigrations : WorkflowEnginePart
{
    internal WorkflowMigrations(CommandRunner runner)
        : base(runner)
    {
    }

    /// <summary>
    /// Checks the mapping (source element id → target element id) against the instance and the target version, then
    /// — unless <paramref name="dryRun"/> — moves its waiting tokens and subscriptions there. Nothing re-runs: jobs,
    /// tasks, timers and message waits keep their ids. A refused migration is a <see cref="WorkflowInvalidException"/>
    /// listing every reason, and changes nothing.
    /// </summary>
    public Task<MigrationResult> MigrateAsync(
        Guid instanceId, int targetVersion, IReadOnlyDictionary<string, string> mapping, bool dryRun, CancellationToken ct = default) =>
        Runner.RunAsync(unit => MigrateInUnitAsync(unit, instanceId, targetVersion, _ => mapping, dryRun, ct), ct);

    /// <param name="mappingOf">The mapping for the loaded instance (the bulk migration keeps each waiting element's id).</param>
    private async Task<MigrationResult> MigrateInUnitAsync(
        CommandUnit unit, Guid instanceId, int targetVersion, Func<ProcessInstanceState, IReadOnlyDictionary<string, string>> mappingOf,
        bool dryRun, CancellationToken ct)
    {
        var instance = await unit.LoadAsync(instanceId, ct);
        instance.EnsureActive();
        var mapping = mappingOf(instance.State);
        var target = await Services.Definitions.FindAsync(unit.Db, instance.Process.Key, targetVersion, ct);
        var plan = Services.Semantics.PlanMigration(instance.State, target.Model, mapping);
        if (dryRun || !plan.IsValid)
        {
            return plan.IsValid || dryRun
                ? new MigrationResult(plan.IsValid, targetVersion, plan.Errors, dryRun)
                : throw new WorkflowInvalidException(
                    $"Instance {instanceId} cannot move to version {targetVersion}: nothing was changed.",
                    [.. plan.Errors.Select(e => new WorkflowError("MIGRATION", e.ElementId, null, null, e.Message))]);
        }

        var (state, events) = Services.Semantics.Migrate(instance.State, target.Model, mapping);
        instance.MoveTo(target, state);
        await unit.ApplyAsync(instance, events, ct);
        foreach (var subscription in state.Subscriptions)
        {
            var (id, elementId) = (subscription.Id, subscription.ElementId);
            unit.AfterSave(async token =>
            {
                await unit.Db.Set<TimerRow>().Where(t => t.Id == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.ElementId, elementId), token);
                await unit.Db.Set<MessageSubscriptionRow>().Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.ElementId, elementId), token);
            });
        }

        return new MigrationResult(true, targetVersion, [], DryRun: false);
    }

    /// <summary>
    /// Moves every active instance of <paramref name="key"/> v<paramref name="sourceVersion"/> to
    /// <paramref name="targetVersion"/>, each waiting element to the element with the same id. A dry run of every
    /// instance comes first; if any is refused, none moves and the refusals are the answer. Each instance then moves
    /// in its own transaction: one that changed since its dry run (finished, or refused now) is reported, the others
    /// stay moved.
    /// </summary>
    public async Task<BulkMigrationResult> MigrateVersionAsync(
        string key, int sourceVersion, int targetVersion, bool dryRun, CancellationToken ct = default)
    {
        if (targetVersion == sourceVersion)
        {
            throw new WorkflowConflictException($"The instances of '{key}' v{sourceVersion} already run on that version.");
        }

        var ids = await ActiveInstanceIdsAsync(key, sourceVersion, targetVersion, ct);
        var refused = await MigrateEachAsync(ids, targetVersion, dryRun: true, ct);
        if (dryRun || refused.Count > 0)
        {
            return new BulkMigrationResult(key, sourceVersion, targetVersion, dryRun, ids.Count, 0, refused);
        }

        refused = await MigrateEachAsync(ids, targetVersion, dryRun: false, ct);
        return new BulkMigrationResult(key, sourceVersion, targetVersion, false, ids.Count, ids.Count - refused.Count, refused);
    }

    private async Task<List<InstanceMigrationRefusal>> MigrateEachAsync(IReadOnlyList<Guid> ids, int targetVersion, bool dryRun, CancellationToken ct)
    {
        var refused = new List<InstanceMigrationRefusal>();
        foreach (var id in ids)
        {
            try
            {
                var result = await Runner.RunAsync(unit => MigrateInUnitAsync(unit, id, targetVersion, SameElementIds, dryRun, ct), ct);
                if (!result.IsValid)
                {
                    refused.Add(new InstanceMigrationRefusal(id, result.Errors));
                }
            }
            catch (WorkflowException e) when (e is WorkflowInvalidException or WorkflowConflictException)
            {
                // Finished or changed since it was listed: said for this instance, the others go on.
                var errors = e is WorkflowInvalidException { Errors.Count: > 0 } invalid
                    ? [.. invalid.Errors.Select(x => new MigrationError(null, x.ElementId, x.Message))]
                    : new List<MigrationError> { new(null, null, e.Message) };
                refused.Add(new InstanceMigrationRefusal(id, errors));
            }
        }

        return refused;
    }

    /// <summary>The suggested mapping: every element holding a token or a wait keeps its id in the target version.</summary>
    private static Dictionary<string, string> SameElementIds(ProcessInstanceState state) =>
        state.ActiveElementInstances.Select(e => e.ElementId)
            .Concat(state.Subscriptions.Select(s => s.ElementId))
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(id => id, id => id, StringComparer.Ordinal);

    private async Task<IReadOnlyList<Guid>> ActiveInstanceIdsAsync(string key, int sourceVersion, int targetVersion, CancellationToken ct)
    {
        await using var session = Database.Open();
        var db = session.Context;
        var versions = await db.Set<ProcessDefinitionRow>().AsNoTracking()
            .Where(d => d.Key == key && (d.Version == sourceVersion || d.Version == targetVersion))
            .Select(d => new { d.Id, d.Version }).ToListAsync(ct);
        var source = versions.SingleOrDefault(v => v.Version == sourceVersion)
            ?? throw new WorkflowNotFoundException($"The process '{key}' has no version {sourceVersion}.");
        _ = versions.SingleOrDefault(v => v.Version == targetVersion)
            ?? throw new WorkflowNotFoundException($"The process '{key}' has no version {targetVersion}.");
        return await db.Set<ProcessInstanceRow>().AsNoTracking()
            .Where(i => i.DefinitionId == source.Id && i.State == InstanceState.Active)
            .OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(ct);
    }
}
