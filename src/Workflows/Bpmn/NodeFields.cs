using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Bpmn;

/// <summary>The fields of a node that may hold an expression, named as the modeler shows them.</summary>
internal static class NodeFields
{
    public static IEnumerable<(string Field, string? Value)> Of(FlowNode node)
    {
        foreach (var input in node.IoMapping.Inputs)
        {
            yield return ($"zeebe:input[{input.Target}]", input.Source);
        }

        foreach (var output in node.IoMapping.Outputs)
        {
            yield return ($"zeebe:output[{output.Target}]", output.Source);
        }

        if (TimerRules.Timer(node) is { } timer)
        {
            yield return ($"timer/{timer.Kind}", timer.Value);
        }

        var specific = node switch
        {
            UserTask t => UserTask(t),
            JobTask t => Job(t.Job),
            EndEvent { Job: { } job } => Job(job),
            IntermediateThrowEvent { Job: { } job } => Job(job),
            CallActivity c => [("zeebe:calledElement/@processId", c.ProcessId)],
            _ => [],
        };
        foreach (var field in specific)
        {
            yield return field;
        }

        if (node is Activity { MultiInstance: { } loop })
        {
            yield return ("zeebe:loopCharacteristics/@inputCollection", loop.InputCollection);
            yield return ("zeebe:loopCharacteristics/@outputElement", loop.OutputElement);
        }
    }

    private static (string, string?)[] UserTask(UserTask task) =>
    [
        ("zeebe:assignmentDefinition/@assignee", task.Assignee),
        ("zeebe:assignmentDefinition/@candidateGroups", task.CandidateGroups),
        ("zeebe:assignmentDefinition/@candidateUsers", task.CandidateUsers),
        ("zeebe:taskSchedule/@dueDate", task.DueDate),
        ("zeebe:taskSchedule/@followUpDate", task.FollowUpDate),
    ];

    private static (string, string?)[] Job(JobDefinition job) =>
        [("zeebe:taskDefinition/@type", job.Type), ("zeebe:taskDefinition/@retries", job.Retries)];
}
