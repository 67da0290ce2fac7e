using LaiChau.Workflows.Bpmn;

namespace LaiChau.Workflows.Tests.Bpmn;

/// <summary>The one place tests get an expression checker from: the real FEEL parser with its built-in functions.</summary>
public static class TestExpressionSyntax
{
    public static IExpressionSyntax Instance => FeelExpressionSyntax.BuiltIn;
}
