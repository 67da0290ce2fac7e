using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Bpmn;

/// <summary>The result of validating a file: the definition only when there is no error at all, and every error found.</summary>
public sealed record BpmnDeployCheck(BpmnDefinition? Definition, IReadOnlyList<BpmnDiagnostic> Errors)
{
    public bool IsValid => Definition is not null && Errors.Count == 0;
}

/// <summary>How strict the check is.</summary>
public enum BpmnValidationMode
{
    /// <summary>Everything needed to publish and run: also refuses non-executable processes.</summary>
    Deploy,

    /// <summary>Structure and subset only, e.g. while drawing or for reference models marked non-executable.</summary>
    Model,
}
