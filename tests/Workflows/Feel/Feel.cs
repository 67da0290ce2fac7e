using LaiChau.Testing;
using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Tests.Feel;

/// <summary>Evaluates FEEL text against a fixed clock and shows results in FEEL notation (strings quoted).</summary>
internal static class Feel
{
    public static FeelContext Context(List<FeelWarning>? warnings = null, FeelFunctions? functions = null) =>
        new(TestClock.Create(), functions) { Warnings = warnings };

    public static FeelValue Eval(string source, FeelVariables? variables = null, List<FeelWarning>? warnings = null) =>
        FeelExpression.Parse(source).Evaluate(variables ?? new FeelVariables(), Context(warnings));

    /// <summary>The result as FEEL would print it inside a list, so that "1" and 1 differ.</summary>
    public static string Show(string source, FeelVariables? variables = null)
    {
        var text = FeelValue.List([Eval(source, variables)]).ToString();
        return text[1..^1];
    }

    public static FeelVariables Variables(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return FeelVariables.FromJson(document.RootElement);
    }

    public static FeelSyntaxError SyntaxError(string source, FeelFunctions? functions = null)
    {
        Assert.False(FeelExpression.TryParse(source, out _, out var error, functions), $"'{source}' should not parse");
        return error;
    }
}
