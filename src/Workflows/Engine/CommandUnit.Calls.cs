using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>
/// Call activities across instances, in the same transaction: a child starts with the parent's command, its end
/// completes the parent's call activity, and a call activity that ends otherwise cancels its child.
/// </summary>
internal sealed partial class CommandUnit
{
    private readonly List<(InstanceAggregate Parent, CallActivityStarted Call)> _calls = [];
    private readonly List<InstanceAggregate> _childrenDone = [];
    private readonly List<Guid> _callsEnded = [];

    private async Task RunCallsAsync(CancellationToken ct)
    {
        while (_calls.Count + _childrenDone.Count + _callsEnded.Count > 0)
        {
            if (_calls.Count > 0)
            {
                var (parent, call) = Take(_calls);
                await StartChildAsync(parent, call, ct);
            }
            else if (_childrenDone.Count > 0)
            {
                await CompleteParentAsync(Take(_childrenDone), ct);
            }
            else
            {
                await CancelChildAsync(Take(_callsEnded), ct);
            }
        }
    }

    /// <summary>Starts the latest version of the called process; none deployed is an incident on the call activity.</summary>
    public async Task StartChildAsync(InstanceAggregate parent, CallActivityStarted call, CancellationToken ct)
    {
        DeployedProcess process;
        try
        {
            process = await services.Definitions.FindAsync(db, call.ProcessId, version: null, ct);
        }
        catch (WorkflowNotFoundException e)
        {
            AddIncident(parent, call.ElementInstanceId, IncidentKind.CalledProcessMissing, e.Message, jobId: null);
            Journal(parent, new IncidentRaised(Now, call.ElementInstanceId, e.Message));
            return;
        }

        await StartAsync(process, call.Variables, parent.Row.BusinessKey, (parent.Id, call.ElementInstanceId), ct);
    }

    private async Task CompleteParentAsync(InstanceAggregate child, CancellationToken ct)
    {
        var parent = await LoadAsync(child.Row.ParentInstanceId!.Value, ct);
        var element = parent.State.FindElementInstance(child.Row.ParentElementInstanceId!.Value);
        if (parent.Row.State != InstanceState.Active || element is not { IsActive: true })
        {
            return; // the parent moved on meanwhile (its call activity was interrupted)
        }

        await ApplyAsync(parent, services.Semantics.CompleteCallActivity(parent.State, element.Id, child.State.VariablesOf(child.Id)), ct);
    }

    private async Task CancelChildAsync(Guid callElementInstanceId, CancellationToken ct)
    {
        var child = LoadedChildOf(callElementInstanceId);
        if (child is null && await db.Set<ProcessInstanceRow>().AsNoTracking()
                .Where(i => i.ParentElementInstanceId == callElementInstanceId && i.State == InstanceState.Active)
                .Select(i => (Guid?)i.Id).FirstOrDefaultAsync(ct) is { } id)
        {
            child = await LoadAsync(id, ct);
        }

        if (child is { Row.State: InstanceState.Active })
        {
            await ApplyAsync(child, services.Semantics.Cancel(child.State), ct);
        }
    }

    private InstanceAggregate? LoadedChildOf(Guid callElementInstanceId) =>
        _loaded.Values.FirstOrDefault(i => i.Row.ParentElementInstanceId == callElementInstanceId);

    private static T Take<T>(List<T> queue)
    {
        var first = queue[0];
        queue.RemoveAt(0);
        return first;
    }
}
