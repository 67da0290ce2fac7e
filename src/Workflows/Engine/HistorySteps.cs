using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Model;
using LaiChau.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

public enum HistoryStepKind
{
    /// <summary>An element began: a task was created, a timer or message caught (boundary and catch events complete at once).</summary>
    Activated,
    Completed,

    /// <summary>Ended without completing: an interrupting event, an error or a cancellation took it away.</summary>
    Terminated,
    IncidentRaised,
    IncidentResolved,
    InstanceCompleted,
    InstanceTerminated,
}

/// <summary>What kind of element a step is about, for readers that show some kinds only.</summary>
public enum HistoryNodeKind
{
    Process,
    UserTask,
    JobTask,
    OtherTask,
    SubProcess,
    StartEvent,
    EndEvent,
    CatchEvent,
    ThrowEvent,
    BoundaryEvent,
    Gateway,
}

/// <summary>
/// One step of an instance's history in the terms of its definition: the element's id and name (from the version the
/// instance runs now), its kind, the job type of a job task, and for incidents the reason. <see cref="Properties"/>
/// are the element's <c>zeebe:properties</c> (e.g. the words citizens read for a step, docs/bpmn-subset.md).
/// </summary>
public sealed record HistoryStep(
    int Sequence, DateTimeOffset At, HistoryStepKind Kind, string? ElementId, string? ElementName, HistoryNodeKind NodeKind, string? JobType, string? Detail)
{
    public IReadOnlyDictionary<string, string> Properties { get; init; } = System.Collections.Frozen.FrozenDictionary<string, string>.Empty;
}

/// <summary>Journal rows read as history steps in the terms of one definition version (<see cref="WorkflowQueries.GetHistoryAsync"/>).</summary>
internal static class HistorySteps
{
    /// <summary>The journal event types a history shows; flows, variables, subscriptions and timers are left out.</summary>
    public static readonly string[] Types =
    [
        nameof(ElementActivated), nameof(ElementCompleted), nameof(ElementTerminated), nameof(IncidentRaised), nameof(IncidentResolved),
        nameof(InstanceCompleted), nameof(InstanceTerminated),
    ];

    /// <summary>Steps from journal rows of <see cref="Types"/>, oldest first, named from <paramref name="model"/>.</summary>
    public static List<HistoryStep> Read(IEnumerable<(int Sequence, string Type, string Data)> rows, ProcessModel model)
    {
        var nodes = NodesOf(model);
        var elementOf = new Dictionary<Guid, string>();
        var steps = new List<HistoryStep>();
        foreach (var row in rows)
        {
            var e = JournalCodec.Read(row.Type, row.Data);
            switch (e)
            {
                case ElementActivated a when !a.IsMultiInstanceBody:
                    elementOf[a.ElementInstanceId] = a.ElementId;
                    steps.Add(Step(row.Sequence, e.At, HistoryStepKind.Activated, a.ElementId, nodes, null));
                    break;
                case ElementCompleted c:
                    steps.Add(Step(row.Sequence, e.At, HistoryStepKind.Completed, c.ElementId, nodes, null));
                    break;
                case ElementTerminated t:
                    steps.Add(Step(row.Sequence, e.At, HistoryStepKind.Terminated, t.ElementId, nodes, null));
                    break;
                case IncidentRaised i:
                    steps.Add(Step(row.Sequence, e.At, HistoryStepKind.IncidentRaised, elementOf.GetValueOrDefault(i.ElementInstanceId), nodes, i.Reason));
                    break;
                case IncidentResolved r:
                    steps.Add(Step(row.Sequence, e.At, HistoryStepKind.IncidentResolved, elementOf.GetValueOrDefault(r.ElementInstanceId), nodes, null));
                    break;
                case InstanceCompleted:
                    steps.Add(new HistoryStep(row.Sequence, e.At, HistoryStepKind.InstanceCompleted, null, model.Name, HistoryNodeKind.Process, null, null));
                    break;
                case InstanceTerminated:
                    steps.Add(new HistoryStep(row.Sequence, e.At, HistoryStepKind.InstanceTerminated, null, model.Name, HistoryNodeKind.Process, null, null));
                    break;
            }
        }

        return steps;
    }

    private static Dictionary<string, FlowNode> NodesOf(ProcessModel model)
    {
        var nodes = new Dictionary<string, FlowNode>(StringComparer.Ordinal);
        foreach (var node in model.Scopes().SelectMany(s => s.Nodes))
        {
            nodes.TryAdd(node.Id, node);
        }

        return nodes;
    }

    private static HistoryStep Step(int sequence, DateTimeOffset at, HistoryStepKind kind, string? elementId, Dictionary<string, FlowNode> nodes, string? detail)
    {
        var node = elementId is null ? null : nodes.GetValueOrDefault(elementId);
        var nodeKind = node switch
        {
            UserTask => HistoryNodeKind.UserTask,
            JobTask => HistoryNodeKind.JobTask,
            SubProcess => HistoryNodeKind.SubProcess,
            Activity => HistoryNodeKind.OtherTask,
            BoundaryEvent => HistoryNodeKind.BoundaryEvent,
            Gateway => HistoryNodeKind.Gateway,
            StartEvent => HistoryNodeKind.StartEvent,
            EndEvent => HistoryNodeKind.EndEvent,
            IntermediateThrowEvent => HistoryNodeKind.ThrowEvent,
            _ => HistoryNodeKind.CatchEvent,
        };
        return new HistoryStep(sequence, at, kind, elementId, node?.Name, nodeKind, (node as JobTask)?.Job.Type, detail)
        {
            Properties = node?.Properties ?? System.Collections.Frozen.FrozenDictionary<string, string>.Empty,
        };
    }
}
