using LaiChau.Workflows.Engine.Rows;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>Timers (issue 4; the scheduler of issue 5 calls <see cref="FireTimerAsync"/>).</summary>
public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Fires one timer. Idempotent: a timer already fired, cancelled, or whose instance ended is a no-op (false).
    /// </summary>
    public Task<bool> FireTimerAsync(Guid timerId, CancellationToken ct = default) =>
        RunAsync(async unit =>
        {
            var timer = await unit.Db.Set<TimerRow>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == timerId, ct);
            if (timer is { InstanceId: null, DefinitionId: { } definitionId })
            {
                return await FireStartTimerAsync(unit, timer, definitionId, ct);
            }

            if (timer?.InstanceId is not { } instanceId)
            {
                return false;
            }

            var instance = await unit.LoadAsync(instanceId, ct);
            var events = instance.Row.State == InstanceState.Active ? _services.Semantics.FireTimer(instance.State, timerId) : [];
            if (events.Count == 0)
            {
                // The semantics no longer know it: a stale row (never expected, since every end cancels its timers).
                await unit.Db.Set<TimerRow>().Where(t => t.Id == timerId).ExecuteDeleteAsync(ct);
                return false;
            }

            await unit.ApplyAsync(instance, events, ct);
            return true;
        }, ct);

    /// <summary>
    /// A timer start event fired: its row is taken first (a concurrent firing on another host finds nothing and
    /// stops), an instance starts there, and a cycle's next timer is scheduled — all in one transaction.
    /// </summary>
    private async Task<bool> FireStartTimerAsync(CommandUnit unit, TimerRow timer, Guid definitionId, CancellationToken ct)
    {
        await unit.BeginTransactionAsync(ct);
        var taken = await unit.Db.Set<TimerRow>().Where(t => t.Id == timer.Id).ExecuteDeleteAsync(ct);
        if (taken == 0)
        {
            return false;
        }

        var process = await _services.Definitions.GetAsync(unit.Db, definitionId, ct);
        await unit.StartAsync(process, new Dictionary<string, Feel.FeelValue>(), businessKey: null, parent: null, ct, timer.ElementId);
        if (_services.Semantics.NextStartTimer(process.Model, StartTimerRow.ToSubscription(timer)) is { } next)
        {
            unit.Db.Add(StartTimerRow.Of(definitionId, next, unit.Now));
        }

        return true;
    }
}
