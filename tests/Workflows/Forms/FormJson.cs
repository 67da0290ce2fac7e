using System.Text.Json;

namespace LaiChau.Workflows.Tests.Forms;

/// <summary>Small form-js documents for the tests: a form around the given components.</summary>
internal static class FormJson
{
    public static string Form(params object[] components) => Form("test-form", components);

    public static string Form(string id, params object[] components) =>
        JsonSerializer.Serialize(new { id, type = "default", schemaVersion = 16, components });

    public static object Text(string id, string key, object? validate = null, string? hide = null) =>
        new { type = "textfield", id, key, label = key, validate, conditional = hide is null ? null : new { hide } };
}
