namespace LaiChau.Workflows.Tests.Feel;

public sealed class ArithmeticTests
{
    [Theory]
    [InlineData("1 + 2 * 3", "7")]
    [InlineData("(1 + 2) * 3", "9")]
    [InlineData("10 - 4 - 3", "3")]
    [InlineData("7 / 2", "3.5")]
    [InlineData("1 / 3 * 3", "0.9999999999999999999999999999")]
    [InlineData("2 ** 10", "1024")]
    [InlineData("2 ** -1", "0.5")]
    [InlineData("2 ** 3 ** 2", "64")]
    [InlineData("-2 * 3", "-6")]
    [InlineData("- (1 + 2)", "-3")]
    [InlineData("0.1 * 3", "0.3")]
    [InlineData("\"Lai \" + \"Châu\"", "\"Lai Châu\"")]
    public void Arithmetic_OnNumbersAndStrings_Computes(string source, string expected) => Assert.Equal(expected, Feel.Show(source));

    [Theory]
    [InlineData("1 / 0")]
    [InlineData("1 + null")]
    [InlineData("null * 2")]
    [InlineData("1 + \"a\"")]
    [InlineData("\"a\" - \"b\"")]
    [InlineData("-\"a\"")]
    [InlineData("true + 1")]
    [InlineData("79228162514264337593543950335 * 10")]
    [InlineData("10 ** 100")]
    public void Arithmetic_OnNullOrMismatchOrOverflow_IsNull(string source) => Assert.True(Feel.Eval(source).IsNull);

    [Fact]
    public void Arithmetic_OnMismatch_WarnsWithOffset()
    {
        var warnings = new List<LaiChau.Workflows.Feel.FeelWarning>();
        Feel.Eval("1 + \"a\"", warnings: warnings);
        var warning = Assert.Single(warnings);
        Assert.Equal(2, warning.Offset);
        Assert.Contains("'1 + \"a\"'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Division_ByZero_WarnsAndIsNull()
    {
        var warnings = new List<LaiChau.Workflows.Feel.FeelWarning>();
        Assert.True(Feel.Eval("10 / (5 - 5)", warnings: warnings).IsNull);
        Assert.StartsWith("division by zero at offset 3", Assert.Single(warnings).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("@\"2025-01-30\" + @\"P2D\"", "2025-02-01")]
    [InlineData("@\"2025-01-31\" + @\"P1M\"", "2025-02-28")]
    [InlineData("@\"P1Y\" + @\"2024-02-29\"", "2025-02-28")]
    [InlineData("@\"2025-03-01\" - @\"P1D\"", "2025-02-28")]
    [InlineData("@\"2025-03-01\" - @\"2025-01-01\"", "P59D")]
    [InlineData("@\"2025-01-01\" - @\"2025-01-02\"", "-P1D")]
    [InlineData("@\"2025-01-01T10:00:00+07:00\" + @\"PT15H\"", "2025-01-02T01:00:00+07:00")]
    [InlineData("@\"2025-01-01T10:00:00+07:00\" - @\"2025-01-01T03:00:00Z\"", "PT0S")]
    [InlineData("@\"2025-01-01T10:00:00\" - @\"2025-01-01T08:30:00\"", "PT1H30M")]
    [InlineData("@\"23:00:00\" + @\"PT2H\"", "01:00:00")]
    [InlineData("@\"12:00:00\" - @\"10:30:00\"", "PT1H30M")]
    [InlineData("@\"P1D\" + @\"PT12H\"", "P1DT12H")]
    [InlineData("@\"P1D\" * 3", "P3D")]
    [InlineData("2 * @\"P1Y\"", "P2Y")]
    [InlineData("@\"P1D\" / 2", "PT12H")]
    [InlineData("-@\"P1D\"", "-P1D")]
    public void Arithmetic_OnTemporalValues_FollowsTheSpec(string source, string expected) =>
        Assert.Equal(expected, Feel.Eval(source).ToString());

    [Theory]
    [InlineData("@\"P1D\" / @\"PT12H\"", "2")]
    [InlineData("@\"P1D\" + @\"P1M\"", "null")]
    [InlineData("@\"2025-01-01\" + 1", "null")]
    [InlineData("@\"2025-01-01T10:00:00\" - @\"2025-01-01T10:00:00Z\"", "null")]
    public void Arithmetic_MixingDurations_IsNumberOrNull(string source, string expected) => Assert.Equal(expected, Feel.Show(source));
}
