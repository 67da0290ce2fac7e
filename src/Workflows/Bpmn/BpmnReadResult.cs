using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Bpmn;

/// <summary>The outcome of reading a file: the definition when it is inside the subset, otherwise every error found.</summary>
public sealed record BpmnReadResult(BpmnDefinition? Definition, IReadOnlyList<BpmnDiagnostic> Errors)
{
    public bool IsSuccess => Definition is not null && Errors.Count == 0;
}
