using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Bpmn;

/// <summary>What the engine needs to hand work over: a job type, a called process, a collection to iterate.</summary>
internal static class JobRules
{
    public static void Check(ValidationContext context)
    {
        foreach (var (_, _, node) in context.Nodes())
        {
            var job = node switch
            {
                JobTask t => t.Job,
                EndEvent e => e.Job,
                IntermediateThrowEvent e => e.Job,
                _ => null,
            };
            if (job is { Type: null })
            {
                context.Report(BpmnErrors.MissingJobType, node, node.Id);
            }

            if (node is CallActivity { ProcessId: null })
            {
                context.Report(BpmnErrors.MissingCalledProcess, node);
            }

            if (node is Activity { MultiInstance: { InputCollection: null } })
            {
                context.Report(BpmnErrors.MissingInputCollection, node);
            }
        }
    }
}
