using LaiChau.Workflows.Bpmn;

namespace LaiChau.Workflows.Tests.Bpmn;

/// <summary>Runs the validator with the test expression checker and lists "code element-id", sorted.</summary>
internal static class Validation
{
    public static string[] Errors(string xml, BpmnValidationMode mode = BpmnValidationMode.Deploy) =>
        [.. BpmnValidator.Validate(xml, TestExpressionSyntax.Instance, mode).Errors
            .Select(e => $"{e.Code} {e.ElementId}")
            .Order(StringComparer.Ordinal)];
}
