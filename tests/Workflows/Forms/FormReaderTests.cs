using LaiChau.Testing;
using LaiChau.Workflows.Forms;
using static LaiChau.Workflows.Tests.Forms.FormJson;

namespace LaiChau.Workflows.Tests.Forms;

/// <summary>Issue 16 point 1: a form is read into the components the host renders; anything else is refused at deploy, named.</summary>
public sealed class FormReaderTests
{
    [Fact]
    public void ShippedForms_ReadWithoutErrors()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "workflows"), "*.form");

        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.True(FormReader.Read(File.ReadAllText(f)).IsSuccess, $"{f}: {string.Join("; ", FormReader.Read(File.ReadAllText(f)).Errors)}"));
    }

    [Fact]
    public void Read_EverySupportedComponent_KeepsWhatTheHostNeeds()
    {
        var read = FormReader.Read(Form(
            new { type = "text", id = "t", text = "**Chú ý**" },
            new { type = "group", id = "g", label = "Nhóm", components = new object[]
            {
                new { type = "textarea", id = "a", key = "answer", validate = new { required = true, minLength = 3, maxLength = 10, pattern = "^[a-z ]+$", patternErrorMessage = "chữ thường" } },
                new { type = "number", id = "n", key = "count", decimalDigits = 0, validate = new { min = 1, max = 9 } },
            } },
            new { type = "checkbox", id = "c", key = "ok" },
            new { type = "checklist", id = "l", key = "picked", values = new[] { new { label = "A", value = "a" } } },
            new { type = "radio", id = "r", key = "choice", valuesKey = "agencies", conditional = new { hide = "=ok = true" } },
            new { type = "select", id = "s", key = "one", values = new[] { new { label = "B", value = "b" } } },
            new { type = "datetime", id = "d", key = "day", subtype = "date", dateLabel = "Ngày" },
            new { type = "filepicker", id = "f", key = "files", multiple = true, accept = "image/*" }));

        Assert.True(read.IsSuccess, string.Join("; ", read.Errors));
        var form = read.Form!;
        Assert.Equal(["answer", "count", "ok", "picked", "choice", "one", "day", "files"], form.Settable.Select(c => c.Key));
        var answer = form.FindByKey("answer")!;
        Assert.Equal(new FormValidation(true, 3, 10, null, null, "^[a-z ]+$", "chữ thường"), answer.Validate);
        Assert.Equal("agencies", form.FindByKey("choice")!.ValuesKey);
        Assert.NotNull(form.FindByKey("choice")!.Hide);
        Assert.True(form.FindByKey("files")!.Multiple);
        Assert.Equal("date", form.FindByKey("day")!.Subtype);
    }

    [Theory]
    [InlineData("taglist")]
    [InlineData("button")]
    [InlineData("dynamiclist")]
    [InlineData("iframe")]
    public void Read_ComponentOutsideTheList_IsRefusedNamingIt(string type)
    {
        var read = FormReader.Read(Form(new { type, id = "Field_odd", key = "x" }));

        var error = Assert.Single(read.Errors);
        Assert.Equal(("FORM-COMPONENT-001", "Field_odd"), (error.Code, error.ComponentId));
        Assert.Contains(type, error.MessageEn, StringComparison.Ordinal);
        Assert.Contains("Field_odd", error.MessageVi, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "type": "textfield", "id": "a" }""", "FORM-KEY-001")]
    [InlineData("""{ "type": "textfield", "id": "a", "key": "1st" }""", "FORM-KEY-002")]
    [InlineData("""{ "type": "textfield", "id": "a", "key": "a.b" }""", "FORM-KEY-002")]
    [InlineData("""{ "type": "group", "id": "a", "path": "address", "components": [] }""", "FORM-KEY-004")]
    [InlineData("""{ "type": "select", "id": "a", "key": "k" }""", "FORM-OPTIONS-001")]
    [InlineData("""{ "type": "select", "id": "a", "key": "k", "valuesExpression": "=xs" }""", "FORM-OPTIONS-003")]
    [InlineData("""{ "type": "radio", "id": "a", "key": "k", "values": [ { "label": "x" } ] }""", "FORM-OPTIONS-002")]
    [InlineData("""{ "type": "radio", "id": "a", "key": "k", "values": [ { "label": "x", "value": "1" }, { "label": "y", "value": "1" } ] }""", "FORM-OPTIONS-004")]
    [InlineData("""{ "type": "textfield", "id": "a", "key": "k", "validate": { "validationType": "email" } }""", "FORM-VALIDATE-001")]
    [InlineData("""{ "type": "textfield", "id": "a", "key": "k", "validate": { "min": 1 } }""", "FORM-VALIDATE-002")]
    [InlineData("""{ "type": "textfield", "id": "a", "key": "k", "validate": { "maxLength": "=n" } }""", "FORM-VALIDATE-003")]
    [InlineData("""{ "type": "textfield", "id": "a", "key": "k", "validate": { "pattern": "([a-z" } }""", "FORM-VALIDATE-004")]
    [InlineData("""{ "type": "textfield", "id": "a", "key": "k", "conditional": { "hide": "outcome = 1" } }""", "FORM-CONDITION-001")]
    [InlineData("""{ "type": "textfield", "id": "a", "key": "k", "conditional": { "hide": "=outcome = (" } }""", "FORM-CONDITION-001")]
    [InlineData("""{ "type": "textfield", "id": "a", "key": "k", "label": "=name" }""", "FORM-TEXT-001")]
    [InlineData("""{ "type": "text", "id": "a", "text": "Xin chào {{ name }}" }""", "FORM-TEXT-001")]
    [InlineData("""{ "type": "textfield", "id": "a", "key": "k", "readonly": "=true" }""", "FORM-PROPERTY-001")]
    [InlineData("""{ "type": "datetime", "id": "a", "key": "k", "subtype": "week" }""", "FORM-PROPERTY-001")]
    [InlineData("""{ "type": "textfield", "key": "k" }""", "FORM-COMPONENT-002")]
    public void Read_WhatTheHostCannotHonour_IsRefusedWithItsCode(string component, string code)
    {
        var read = FormReader.Read($$"""{ "id": "f", "components": [ {{component}} ] }""");

        Assert.False(read.IsSuccess);
        Assert.Contains(read.Errors, e => e.Code == code);
    }

    [Fact]
    public void Read_TheSameKeyOrIdTwice_IsRefused()
    {
        var read = FormReader.Read(Form(Text("a", "k"), Text("a", "k")));

        Assert.Contains(read.Errors, e => e.Code == "FORM-COMPONENT-003");
        Assert.Contains(read.Errors, e => e.Code == "FORM-KEY-003");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{ "components": [] }""")]
    [InlineData("""{ "id": "f", "components": {} }""")]
    public void Read_NotAForm_IsRefused(string json) => Assert.False(FormReader.Read(json).IsSuccess);

    [Theory]
    [InlineData("1form")]
    [InlineData("form id")]
    [InlineData("")]
    public void Read_ABadFormId_IsRefused(string id) =>
        Assert.Contains(FormReader.Read(Form(id)).Errors, e => e.Code == "FORM-ID-001");

    [Fact]
    public void Read_HostileSizes_AreRefusedCleanly()
    {
        var huge = Form(Text("a", "k")).Replace("\"k\"", $"\"k\", \"description\": \"{new string('x', FormReader.MaxBytes)}\"", StringComparison.Ordinal);
        var many = Form([.. Enumerable.Range(0, FormReader.MaxComponents + 1).Select(i => Text($"c{i}", $"k{i}"))]);
        object nested = Text("leaf", "leaf");
        for (var i = 0; i < FormReader.MaxDepth + 2; i++)
        {
            nested = new { type = "group", id = $"g{i}", components = new[] { nested } };
        }

        Assert.Equal("FORM-JSON-002", Assert.Single(FormReader.Read(huge).Errors).Code);
        Assert.Contains(FormReader.Read(many).Errors, e => e.Code == "FORM-SIZE-001");
        Assert.Contains(FormReader.Read(Form(nested)).Errors, e => e.Code == "FORM-SIZE-002");
    }
}
