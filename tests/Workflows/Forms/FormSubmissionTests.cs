using LaiChau.Testing;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Forms;
using static LaiChau.Workflows.Tests.Forms.FormJson;

namespace LaiChau.Workflows.Tests.Forms;

/// <summary>Issue 16 point 2: a completion sets only its form's fields, each as its rules say; hidden fields are dropped.</summary>
public sealed class FormSubmissionTests
{
    private static readonly FeelContext Feel = new(TestClock.Create());

    private static FormDefinition Read(string json) => FormReader.Read(json).Form ?? throw new InvalidOperationException(string.Join("; ", FormReader.Read(json).Errors));

    private static FormCheck Check(FormDefinition form, object values, IReadOnlyDictionary<string, FeelValue>? variables = null)
    {
        var dictionary = ToDictionary(values);
        variables ??= new Dictionary<string, FeelValue>();
        var options = FormOptions.ResolveAsync(form, variables, null, default).GetAwaiter().GetResult();
        return FormSubmission.Check(form, dictionary, variables, options, Feel);
    }

    private static Dictionary<string, FeelValue> ToDictionary(object values) =>
        System.Text.Json.JsonSerializer.SerializeToElement(values).EnumerateObject().ToDictionary(p => p.Name, p => FeelValue.FromJson(p.Value), StringComparer.Ordinal);

    private static FormDefinition Verify() => Read(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "workflows", "verify.form")));

    [Fact]
    public void Check_KeysOutsideTheForm_AreListed_WhateverElseIsRight()
    {
        var check = Check(Verify(), new { outcome = "accept", resolutionDue = "2030-12-31T17:00:00+07:00", leadAgency = "UBND-03390" });

        Assert.False(check.IsValid);
        Assert.Equal(["leadAgency", "resolutionDue"], check.UnknownKeys);
    }

    [Fact]
    public void Check_HiddenFields_AreNeitherCheckedNorPassedOn()
    {
        var check = Check(Verify(), new { outcome = "accept", reason = "Không cần", targetAgency = "KHONG-CO" });

        Assert.True(check.IsValid, string.Join("; ", check.Errors));
        Assert.Equal(["outcome"], check.Values.Keys);
    }

    [Fact]
    public void Check_AFieldItsConditionShows_IsRequiredThen()
    {
        var check = Check(Verify(), new { outcome = "reject", reason = "   " });

        Assert.Equal(["reason", "guidance"], check.Errors.Select(e => e.Key));
        Assert.All(check.Errors, e => Assert.Equal(("Trường này là bắt buộc.", "This field is required."), (e.MessageVi, e.MessageEn)));
    }

    [Fact]
    public void Check_TextsAreTrimmed_AndChoicesMustBeOptions()
    {
        var form = Read(Form(
            Text("t", "name"),
            new { type = "radio", id = "r", key = "choice", values = new[] { new { label = "A", value = "a" } } },
            new { type = "checklist", id = "l", key = "picked", values = new[] { new { label = "A", value = "a" }, new { label = "B", value = "b" } } }));

        var good = Check(form, new { name = "  Lan  ", choice = "a", picked = new[] { "b", "a", "b" } });
        var bad = Check(form, new { choice = "z", picked = new[] { "a", "q" } });

        Assert.Equal(FeelValue.String("Lan"), good.Values["name"]);
        Assert.Equal(FeelValue.List([FeelValue.String("b"), FeelValue.String("a")]), good.Values["picked"]);
        Assert.Equal(["choice", "picked"], bad.Errors.Select(e => e.Key));
    }

    [Fact]
    public void Check_OptionsFromAVariable_AsForm_js_ReadsThem()
    {
        var form = Read(Form(new { type = "select", id = "s", key = "agency", valuesKey = "choices" }));
        var variables = new Dictionary<string, FeelValue>
        {
            ["choices"] = FeelValue.List([FeelValue.Context([new("label", FeelValue.String("Xã A")), new("value", FeelValue.String("A"))])]),
        };

        Assert.True(Check(form, new { agency = "A" }, variables).IsValid);
        Assert.False(Check(form, new { agency = "B" }, variables).IsValid);
    }

    [Theory]
    [InlineData("\"text\"", "The value must be a number.")]
    [InlineData("0", "The smallest value is 1.")]
    [InlineData("10", "The largest value is 9.")]
    [InlineData("2.5", "At most 0 digits after the decimal point.")]
    public void Check_Numbers_FollowTheirRules(string json, string message)
    {
        var form = Read(Form(new { type = "number", id = "n", key = "count", decimalDigits = 0, validate = new { min = 1, max = 9 } }));
        var submitted = new Dictionary<string, FeelValue> { ["count"] = FeelValue.FromJson(System.Text.Json.JsonDocument.Parse(json).RootElement) };

        var check = FormSubmission.Check(form, submitted, new Dictionary<string, FeelValue>(), new Dictionary<string, IReadOnlyList<FormOption>>(), Feel);

        Assert.Equal(message, Assert.Single(check.Errors).MessageEn);
    }

    [Fact]
    public void Check_LengthsAndPatterns_WithTheFormsOwnMessage()
    {
        var form = Read(Form(Text("t", "code", new { minLength = 3, maxLength = 5, pattern = "^[A-Z]+$", patternErrorMessage = "Chỉ chữ in hoa" })));

        Assert.Equal("At least 3 characters are needed.", Assert.Single(Check(form, new { code = "AB" }).Errors).MessageEn);
        Assert.Equal("At most 5 characters.", Assert.Single(Check(form, new { code = "ABCDEF" }).Errors).MessageEn);
        Assert.Equal("Chỉ chữ in hoa", Assert.Single(Check(form, new { code = "abc" }).Errors).MessageVi);
        Assert.True(Check(form, new { code = "ABC" }).IsValid);
    }

    [Fact]
    public void Check_ARunawayPattern_IsStoppedAndRefused()
    {
        var form = Read(Form(Text("t", "text", new { pattern = "^(a+)+$" })));

        var error = Assert.Single(Check(form, new { text = new string('a', 40) + "!" }).Errors);

        Assert.Contains("timed out", error.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date", "2026-03-10", true)]
    [InlineData("date", "10/03/2026", false)]
    [InlineData("time", "09:30", true)]
    [InlineData("time", "09:30+07:00", true)]
    [InlineData("time", "9h30", false)]
    [InlineData("datetime", "2026-03-10T09:30+07:00", true)]
    [InlineData("datetime", "2026-03-10", false)]
    public void Check_DateTimes_InForm_jsTextForms(string subtype, string value, bool valid)
    {
        var form = Read(Form(new { type = "datetime", id = "d", key = "when", subtype }));

        Assert.Equal(valid, Check(form, new { when = value }).IsValid);
    }

    [Fact]
    public void Check_FileFields_TakeLists_OneFileUnlessMultiple()
    {
        var form = Read(Form(new { type = "filepicker", id = "f", key = "photo", validate = new { required = true } }));

        Assert.Equal("photo", Assert.Single(Check(form, new { photo = Array.Empty<string>() }).Errors).Key);
        Assert.Equal("Only one file may be attached.", Assert.Single(Check(form, new { photo = new[] { "m1", "m2" } }).Errors).MessageEn);
        Assert.True(Check(form, new { photo = new[] { "m1" } }).IsValid);
    }

    [Fact]
    public void Check_DisabledAndReadonlyFields_AreNotSettable()
    {
        var form = Read(Form(
            new { type = "textfield", id = "a", key = "shown", @readonly = true },
            new { type = "textfield", id = "b", key = "off", disabled = true }));

        Assert.Equal(["off", "shown"], Check(form, new { shown = "x", off = "y" }).UnknownKeys);
    }

    [Fact]
    public void Check_AConditionOnProcessVariables_HidesAsTheyStand()
    {
        var form = Read(Form(Text("t", "note", new { required = true }, hide: "=urgent = true")));
        var urgent = new Dictionary<string, FeelValue> { ["urgent"] = FeelValue.True };

        Assert.True(Check(form, new { }, urgent).IsValid);
        Assert.False(Check(form, new { }).IsValid);
    }
}
