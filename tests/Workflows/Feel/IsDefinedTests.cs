namespace LaiChau.Workflows.Tests.Feel;

public sealed class IsDefinedTests
{
    [Theory]
    [InlineData("is defined(x)", "true")]
    [InlineData("is defined(nothing)", "true")]
    [InlineData("is defined(missing)", "false")]
    [InlineData("is defined(report.place)", "true")]
    [InlineData("is defined(report.missing)", "false")]
    [InlineData("is defined(missing.place)", "false")]
    [InlineData("is defined(1 + 1)", "true")]
    [InlineData("is defined(null)", "true")]
    [InlineData("if is defined(report.place) then report.place else \"?\"", "\"Mường Tè\"")]
    public void IsDefined_OfMissingOrNull_TellsThemApart(string source, string expected)
    {
        var variables = Feel.Variables("""{ "x": 1, "nothing": null, "report": { "place": "Mường Tè" } }""");
        Assert.Equal(expected, Feel.Show(source, variables));
    }

    [Fact]
    public void IsDefined_OfMissingVariable_DoesNotWarn()
    {
        var warnings = new List<LaiChau.Workflows.Feel.FeelWarning>();
        Feel.Eval("is defined(missing)", warnings: warnings);
        Assert.Empty(warnings);
    }
}
