namespace LaiChau.Workflows.Engine;

public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Checks a BPMN file exactly as a deploy would, without touching the database: throws
    /// <see cref="WorkflowInvalidException"/> with every error (element id, line, message) when it is not valid.
    /// </summary>
    public void ValidateDefinition(string xml) => _services.Definitions.EnsureValid(xml);
}
