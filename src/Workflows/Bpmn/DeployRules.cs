namespace LaiChau.Workflows.Bpmn;

/// <summary>On deploy, every process in the file must be executable, and there must be at least one.</summary>
internal static class DeployRules
{
    public static void Check(ValidationContext context)
    {
        var processes = context.Definition.Processes;
        if (!processes.Any(p => p.IsExecutable))
        {
            context.Report(BpmnErrors.NoExecutableProcess, null, Model.SourcePosition.Unknown);
        }

        foreach (var process in processes.Where(p => !p.IsExecutable))
        {
            context.Report(BpmnErrors.NotExecutable, process.Id, process.Position, process.Id);
        }
    }
}
