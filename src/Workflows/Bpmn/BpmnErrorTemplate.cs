using System.Globalization;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Bpmn;

/// <summary>A catalogued error: stable code and message templates (<c>{0}</c>, <c>{1}</c>… filled per occurrence).</summary>
public sealed record BpmnErrorTemplate(string Code, string Vi, string En)
{
    public BpmnDiagnostic At(string? elementId, SourcePosition position, params object?[] args) =>
        new(Code, elementId, position.Line, position.Column,
            string.Format(CultureInfo.InvariantCulture, Vi, args),
            string.Format(CultureInfo.InvariantCulture, En, args));
}
