using System.Globalization;
using System.Text.RegularExpressions;
using LaiChau.Host.Errors;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Forms;

namespace LaiChau.Host.Web.Forms;

/// <summary>One component as the page shows it: its current values as text, whether its condition hides it, its options and error.</summary>
public sealed record FormFieldView(
    FormComponent Component, string DomId, bool Hidden, IReadOnlyList<string> Values, IReadOnlyList<FormOption> Options, string? Error,
    IReadOnlyList<FormFieldView> Children);

/// <summary>
/// A task's form ready to render on the server (issue 16 point 1): every component with the values to show — what the
/// person posted when the page comes back with errors, else the form's defaults (the host does not prefill from
/// process variables: a reused key would show an earlier round's answer) — and the hidden state its condition gives.
/// </summary>
public sealed partial record TaskFormView(TaskForm Source, string FormId, IReadOnlyList<FormFieldView> Fields)
{
    public static TaskFormView Build(TaskForm form, IFormCollection? posted, FieldErrors? errors, Func<BilingualText, string> say, FeelContext feel)
    {
        ArgumentNullException.ThrowIfNull(form);
        var typed = posted is null ? Defaults(form.Form) : FormPost.Read(form.Form, posted, new FieldErrors());
        var hidden = FormConditions.HiddenIds(form.Form, new FormData(form.Variables, typed), feel);
        var prefix = $"f{form.Task.Id:N}-";
        return new TaskFormView(form, form.FormId, [.. form.Form.Components.Select(Field)]);

        FormFieldView Field(FormComponent c) => new(
            c,
            prefix + DomSafe().Replace(c.Id, "_"),
            hidden.Contains(c.Id),
            Values(c, posted, typed),
            form.Options.GetValueOrDefault(c.Id) ?? [],
            c.Key is { } key && errors?[key] is { } error ? say(error.Message) : null,
            [.. c.Components.Select(Field)]);
    }

    /// <summary>The names of the hidden components for the posted values (the page's script asks while a person fills the form in).</summary>
    public static IReadOnlyCollection<string> HiddenFor(TaskForm form, IFormCollection posted, FeelContext feel) =>
        FormConditions.HiddenIds(form.Form, new FormData(form.Variables, FormPost.Read(form.Form, posted, new FieldErrors())), feel);

    private static Dictionary<string, FeelValue> Defaults(FormDefinition form) =>
        form.Settable.Where(c => !c.DefaultValue.IsNull).ToDictionary(c => c.Key!, c => c.DefaultValue, StringComparer.Ordinal);

    private static IReadOnlyList<string> Values(FormComponent c, IFormCollection? posted, Dictionary<string, FeelValue> typed)
    {
        if (c.Key is not { } key)
        {
            return [];
        }

        if (posted is not null)
        {
            return posted.TryGetValue(key, out var raw) ? [.. raw.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!)] : [];
        }

        return typed.TryGetValue(key, out var value) ? Texts(value) : [];
    }

    private static IReadOnlyList<string> Texts(FeelValue value) => value.Kind switch
    {
        FeelKind.String => [value.AsString()],
        FeelKind.Boolean => value.AsBoolean() ? ["true"] : [],
        FeelKind.Number => [value.AsNumber().ToString(CultureInfo.InvariantCulture)],
        FeelKind.List => [.. value.AsList().ToArray().Where(v => v.Kind == FeelKind.String).Select(v => v.AsString())],
        _ => [],
    };

    [GeneratedRegex("[^A-Za-z0-9_-]")]
    private static partial Regex DomSafe();
}
