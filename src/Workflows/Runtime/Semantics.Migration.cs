using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>Migrating a running instance to another model (ADR 6; Camunda 8 process instance migration).</summary>
public sealed partial class Semantics
{
    /// <summary>Whether <paramref name="state"/> can move to <paramref name="target"/> with <paramref name="mapping"/> (source element id → target element id), and if not, why.</summary>
    public MigrationPlan PlanMigration(ProcessInstanceState state, ProcessModel target, IReadOnlyDictionary<string, string> mapping)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(mapping);
        return MigrationPlanner.Plan(state, target, mapping);
    }

    /// <summary>
    /// A new state on <paramref name="target"/> with the same instance id, the same element instance ids (so the
    /// host keeps their jobs, tasks and child instances) and the same variables. Nothing re-runs: only
    /// <see cref="ElementMigrated"/> per live element instance and one <see cref="InstanceMigrated"/>.
    /// </summary>
    /// <exception cref="MigrationRefusedException">When <see cref="PlanMigration"/> finds errors.</exception>
    public MigratedInstance Migrate(ProcessInstanceState state, ProcessModel target, IReadOnlyDictionary<string, string> mapping)
    {
        var plan = PlanMigration(state, target, mapping);
        if (!plan.IsValid)
        {
            throw new MigrationRefusedException(plan.Errors);
        }

        var now = _clock.GetUtcNow();
        var migrated = new ProcessInstanceState(state.Id, target) { Status = state.Status };
        var events = new List<RuntimeEvent>();
        foreach (var element in state.ActiveElementInstances)
        {
            var to = mapping[element.ElementId];
            var copy = migrated.Add(element.Id, to, element.ScopeId);
            copy.IsMultiInstanceBody = element.IsMultiInstanceBody;
            copy.Incident = element.Incident;
            if (element.MultiInstance is { } progress)
            {
                copy.MultiInstance = new MultiInstanceProgress(progress.Items) { Created = progress.Created, Completed = progress.Completed };
            }

            events.Add(new ElementMigrated(now, element.Id, element.ElementId, to));
        }

        // Open timers and message waits keep their ids and due instants; their catching element moves with the mapping.
        foreach (var subscription in state.Subscriptions)
        {
            migrated.AddSubscription(subscription with { ElementId = mapping[subscription.ElementId] });
        }

        foreach (var (scope, values) in state.AllVariables)
        {
            foreach (var (name, value) in values)
            {
                migrated.SetLocal(scope, name, value);
            }
        }

        events.Add(new InstanceMigrated(now, state.Id, target.Id, new Dictionary<string, string>(mapping, StringComparer.Ordinal)));
        return new MigratedInstance(migrated, events);
    }
}
