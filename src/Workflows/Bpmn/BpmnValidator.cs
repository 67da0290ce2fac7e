using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Bpmn;

/// <summary>
/// Reads and validates a BPMN file against the supported subset. Never throws; collects every error
/// (reading errors included), each with the element id, its position and a message in Vietnamese and English.
/// </summary>
public static class BpmnValidator
{
    private static readonly Action<ValidationContext>[] Rules =
    [
        IdentityRules.Check, GraphRules.Check, GatewayRules.Check, EventRules.Check, TimerRules.Check,
        JobRules.Check, ExpressionRules.Check, StartEventRules.Check, PropertyRules.Check,
    ];

    public static BpmnDeployCheck Validate(string xml, IExpressionSyntax expressions, BpmnValidationMode mode = BpmnValidationMode.Deploy)
    {
        ArgumentNullException.ThrowIfNull(expressions);
        var (model, readErrors, refused) = BpmnReader.ReadModel(xml);
        if (model is null)
        {
            return new BpmnDeployCheck(null, readErrors);
        }

        var context = new ValidationContext(model, expressions, refused);
        context.Diagnostics.AddRange(readErrors);
        foreach (var rule in Rules)
        {
            rule(context);
        }

        if (mode == BpmnValidationMode.Deploy)
        {
            DeployRules.Check(context);
        }

        var errors = context.Diagnostics
            .OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        return new BpmnDeployCheck(errors.Count == 0 ? model : null, errors);
    }

    /// <summary>Validates an already read definition (e.g. from <see cref="BpmnDefinitionCache"/>).</summary>
    public static BpmnDeployCheck Validate(BpmnDefinition definition, IExpressionSyntax expressions, BpmnValidationMode mode = BpmnValidationMode.Deploy)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return Validate(definition.Xml, expressions, mode);
    }
}
