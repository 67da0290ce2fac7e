using System.Text;
using System.Text.Encodings.Web;
using LaiChau.Host.Web.Localization;
using LaiChau.Workflows.Forms;
using Microsoft.AspNetCore.Html;
using Types = LaiChau.Workflows.Forms.FormComponentTypes;

namespace LaiChau.Host.Web.Forms;

/// <summary>
/// A task form as plain, accessible HTML that works without script (issue 16 point 1): labels tied to their inputs,
/// radios and checklists in fieldsets, errors named by <c>aria-describedby</c>. Each component sits in a wrapper
/// carrying its id; one hidden by its condition has the <c>hidden</c> attribute and the page's script keeps that
/// state up to date while a person types (without script, every field shows and the server drops the hidden ones).
/// </summary>
public sealed class FormHtml(UiText t)
{
    // Vietnamese letters stay letters in the page source; markup characters are encoded.
    internal static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>More options than this become a scrolling list of checkboxes.</summary>
    private const int LongList = 8;

    public IHtmlContent Render(IEnumerable<FormFieldView> fields)
    {
        var html = new StringBuilder();
        foreach (var field in fields)
        {
            Field(html, field);
        }

        return new HtmlString(html.ToString());
    }

    private void Field(StringBuilder html, FormFieldView f)
    {
        var c = f.Component;
        var wrapperTag = c.Type is Types.Group or Types.Radio or Types.Checklist ? "fieldset" : "div";
        html.Append($"<{wrapperTag} class=\"field {c.Type}\" data-component=\"{E(c.Id)}\"");
        html.Append(c.Hide is null ? "" : " data-conditional");
        html.Append(f.Hidden ? " hidden>" : ">");
        switch (c.Type)
        {
            case Types.Text:
                html.Append("<div class=\"form-text\">").Append(FormMarkdown.ToHtml(c.Text ?? "")).Append("</div>");
                break;
            case Types.Group:
                if (c.Label is { Length: > 0 })
                {
                    html.Append($"<legend>{E(c.Label)}</legend>");
                }

                foreach (var child in f.Children)
                {
                    Field(html, child);
                }

                break;
            case Types.Radio or Types.Checklist:
                Choices(html, f);
                break;
            case Types.Checkbox:
                html.Append($"<input type=\"hidden\" name=\"{E(c.Key!)}\" value=\"false\">");
                html.Append($"<label for=\"{f.DomId}\"><input type=\"checkbox\" id=\"{f.DomId}\" name=\"{E(c.Key!)}\" value=\"true\"");
                html.Append(f.Values.Contains("true") ? " checked" : "").Append(Aria(f, required: false)).Append($"> {E(c.Label ?? c.Key!)}</label>");
                Description(html, f);
                break;
            default:
                Label(html, f, f.DomId);
                Description(html, f);
                Input(html, f);
                break;
        }

        Error(html, f);
        html.Append($"</{wrapperTag}>");
    }

    private void Input(StringBuilder html, FormFieldView f)
    {
        var c = f.Component;
        var name = E(c.Key!);
        var value = E(f.Values.FirstOrDefault() ?? "");
        var attributes = $" id=\"{f.DomId}\" name=\"{name}\"{Aria(f)}{(c.Disabled || c.Readonly ? " disabled" : "")}";
        switch (c.Type)
        {
            case Types.TextArea:
                html.Append($"<textarea rows=\"3\"{attributes}{MaxLength(c)}>{value}</textarea>");
                break;
            case Types.Select:
                html.Append($"<select{attributes}><option value=\"\">{E(t["— Chọn —"])}</option>");
                foreach (var o in f.Options)
                {
                    html.Append($"<option value=\"{E(o.Value)}\"{(f.Values.Contains(o.Value) ? " selected" : "")}>{E(o.Label)}</option>");
                }

                html.Append("</select>");
                break;
            case Types.Number:
                var step = c.Increment?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "any";
                html.Append($"<input type=\"number\" inputmode=\"decimal\" step=\"{step}\"{Bound("min", c.Validate.Min)}{Bound("max", c.Validate.Max)} value=\"{value}\"{attributes}>");
                break;
            case Types.DateTime:
                var type = c.Subtype switch { FormDateTimes.Time => "time", FormDateTimes.DateTime => "datetime-local", _ => "date" };
                html.Append($"<input type=\"{type}\" value=\"{E(InputValue(c, f.Values.FirstOrDefault()))}\"{attributes}>");
                break;
            case Types.FilePicker:
                html.Append($"<input type=\"file\"{(c.Multiple ? " multiple" : "")}{(c.Accept is { Length: > 0 } accept ? $" accept=\"{E(accept)}\"" : "")}{attributes}>");
                break;
            default:
                html.Append($"<input type=\"text\" value=\"{value}\"{attributes}{MaxLength(c)}>");
                break;
        }
    }

    private void Choices(StringBuilder html, FormFieldView f)
    {
        var c = f.Component;
        var name = E(c.Key!);
        html.Append($"<legend id=\"{f.DomId}\">{E(c.Label ?? c.Key!)}{Required(c)}</legend>");
        Description(html, f);
        var multiple = c.Type == Types.Checklist;
        if (multiple)
        {
            html.Append($"<input type=\"hidden\" name=\"{name}\" value=\"\">");
        }

        html.Append(f.Options.Count > LongList ? "<div class=\"choices long\">" : "<div class=\"choices\">");
        if (f.Options.Count == 0)
        {
            html.Append($"<p class=\"hint\">{E(t["Chưa có lựa chọn nào."])}</p>");
        }

        for (var i = 0; i < f.Options.Count; i++)
        {
            var o = f.Options[i];
            var checkedAttribute = f.Values.Contains(o.Value) ? " checked" : "";
            html.Append($"<label><input type=\"{(multiple ? "checkbox" : "radio")}\" name=\"{name}\" id=\"{f.DomId}-{i}\" value=\"{E(o.Value)}\"{checkedAttribute}{Aria(f, required: false)}> {E(o.Label)}</label>");
        }

        html.Append("</div>");
    }

    private void Label(StringBuilder html, FormFieldView f, string target)
    {
        var c = f.Component;
        var text = c.Type == Types.DateTime ? c.DateLabel ?? c.TimeLabel ?? c.Label : c.Label;
        html.Append($"<label for=\"{target}\">{E(text ?? c.Key ?? "")}{Required(c)}</label>");
    }

    private string Required(FormComponent c) =>
        c.Validate.Required ? $" <span class=\"required\">({E(t["bắt buộc"])})</span>" : "";

    private static void Description(StringBuilder html, FormFieldView f)
    {
        if (f.Component.Description is { Length: > 0 } description)
        {
            html.Append($"<p class=\"hint\" id=\"{f.DomId}-desc\">{E(description)}</p>");
        }
    }

    private static void Error(StringBuilder html, FormFieldView f)
    {
        if (f.Error is not null)
        {
            html.Append($"<p class=\"field-error\" id=\"{f.DomId}-error\" data-field=\"{E(f.Component.Key ?? f.Component.Id)}\">{E(f.Error)}</p>");
        }
    }

    /// <summary>aria-required only where ARIA allows it (not on a single radio or checkbox: the legend says it).</summary>
    private static string Aria(FormFieldView f, bool required = true)
    {
        var described = string.Join(' ', new[]
        {
            f.Component.Description is { Length: > 0 } ? $"{f.DomId}-desc" : null,
            f.Error is null ? null : $"{f.DomId}-error",
        }.Where(x => x is not null));
        return (f.Error is null ? "" : " aria-invalid=\"true\"")
            + (required && f.Component.Validate.Required ? " aria-required=\"true\"" : "")
            + (described.Length == 0 ? "" : $" aria-describedby=\"{described}\"");
    }

    private static string MaxLength(FormComponent c) => c.Validate.MaxLength is { } n ? $" maxlength=\"{n}\"" : "";

    private static string Bound(string name, decimal? value) =>
        value is { } v ? $" {name}=\"{v.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"" : "";

    /// <summary>What the browser's input shows: a stored time or date-time loses its offset (the person is in Vietnam).</summary>
    private static string InputValue(FormComponent c, string? value) => value is null ? "" : c.Subtype switch
    {
        FormDateTimes.Time when value.Length > 5 => value[..5],
        FormDateTimes.DateTime when value.Length > 16 => value[..16],
        _ => value,
    };

    private static string E(string text) => Encoder.Encode(text);
}
