using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>What a migration would do or did: the errors that refuse it, or the version the instance now runs on.</summary>
public sealed record MigrationResult(bool IsValid, int TargetVersion, IReadOnlyList<MigrationError> Errors, bool DryRun);

/// <summary>Moving a running instance to another version of its process (issue 4 point 7).</summary>
public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Checks the mapping (source element id → target element id) against the instance and the target version, then
    /// — unless <paramref name="dryRun"/> — moves its waiting tokens and subscriptions there. Nothing re-runs: jobs,
    /// tasks, timers and message waits keep their ids. A refused migration is a <see cref="WorkflowInvalidException"/>
    /// listing every reason, and changes nothing.
    /// </summary>
    public Task<MigrationResult> MigrateAsync(
        Guid instanceId, int targetVersion, IReadOnlyDictionary<string, string> mapping, bool dryRun, CancellationToken ct = default) =>
        RunAsync(unit => MigrateInUnitAsync(unit, instanceId, targetVersion, _ => mapping, dryRun, ct), ct);

    /// <param name="mappingOf">The mapping for the loaded instance (the bulk migration keeps each waiting element's id).</param>
    private async Task<MigrationResult> MigrateInUnitAsync(
        CommandUnit unit, Guid instanceId, int targetVersion, Func<ProcessInstanceState, IReadOnlyDictionary<string, string>> mappingOf,
        bool dryRun, CancellationToken ct)
    {
        var instance = await unit.LoadAsync(instanceId, ct);
        instance.EnsureActive();
        var mapping = mappingOf(instance.State);
        var target = await _services.Definitions.FindAsync(unit.Db, instance.Process.Key, targetVersion, ct);
        var plan = _services.Semantics.PlanMigration(instance.State, target.Model, mapping);
        if (dryRun || !plan.IsValid)
        {
            return plan.IsValid || dryRun
                ? new MigrationResult(plan.IsValid, targetVersion, plan.Errors, dryRun)
                : throw new WorkflowInvalidException(
                    $"Instance {instanceId} cannot move to version {targetVersion}: nothing was changed.",
                    [.. plan.Errors.Select(e => new WorkflowError("MIGRATION", e.ElementId, null, null, e.Message))]);
        }

        var (state, events) = _services.Semantics.Migrate(instance.State, target.Model, mapping);
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
}
