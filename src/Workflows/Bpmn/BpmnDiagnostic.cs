namespace LaiChau.Workflows.Bpmn;

/// <summary>One problem found in a BPMN file: a stable code, the element concerned and where it is, in Vietnamese and English.</summary>
public sealed record BpmnDiagnostic(string Code, string? ElementId, int Line, int Column, string MessageVi, string MessageEn)
{
    public override string ToString() => $"{Code} [{ElementId}] ({Line},{Column}): {MessageEn}";
}
