using LaiChau.Workflows.Model;
using static LaiChau.Workflows.Bpmn.ZeebeVocabulary;

namespace LaiChau.Workflows.Bpmn;

/// <summary>The fields of a node that may hold an expression, named as the modeler shows them.</summary>
internal static class NodeFields
{
    public static IEnumerable<(string Field, string? Value)> Of(FlowNode node)
    {
        foreach (var input in node.IoMapping.Inputs)
        {
            yield return (ZeebeMapping(Zeebe.Input, input.Target), input.Source);
        }

        foreach (var output in node.IoMapping.Outputs)
        {
            yield return (ZeebeMapping(Zeebe.Output, output.Target), output.Source);
        }

        if (TimerRules.Timer(node) is { } timer)
        {
            yield return (TimerElement(timer.Kind), timer.Value);
        }

        var specific = node switch
        {
            UserTask t => UserTask(t),
            JobTask t => Job(t.Job),
            EndEvent { Job: { } job } => Job(job),
            IntermediateThrowEvent { Job: { } job } => Job(job),
            CallActivity c => [(ZeebeField(Zeebe.CalledElement, Zeebe.ProcessId), c.ProcessId)],
            _ => [],
        };
        foreach (var field in specific)
        {
            yield return field;
        }

        if (node is Activity { MultiInstance: { } loop })
        {
            yield return (ZeebeField(Zeebe.LoopCharacteristics, Zeebe.InputCollection), loop.InputCollection);
            yield return (ZeebeField(Zeebe.LoopCharacteristics, Zeebe.OutputElement), loop.OutputElement);
        }
    }

    private static (string, string?)[] UserTask(UserTask task) =>
    [
        (ZeebeField(Zeebe.AssignmentDefinition, Zeebe.Assignee), task.Assignee),
        (ZeebeField(Zeebe.AssignmentDefinition, Zeebe.CandidateGroups), task.CandidateGroups),
        (ZeebeField(Zeebe.AssignmentDefinition, Zeebe.CandidateUsers), task.CandidateUsers),
        (ZeebeField(Zeebe.TaskSchedule, Zeebe.DueDate), task.DueDate),
        (ZeebeField(Zeebe.TaskSchedule, Zeebe.FollowUpDate), task.FollowUpDate),
    ];

    private static (string, string?)[] Job(JobDefinition job) =>
        [(ZeebeField(Zeebe.TaskDefinition, Zeebe.TaskDefinitionType), job.Type), (ZeebeField(Zeebe.TaskDefinition, Zeebe.TaskDefinitionRetries), job.Retries)];
}
