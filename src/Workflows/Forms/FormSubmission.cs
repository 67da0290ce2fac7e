using System.Globalization;
using System.Text.RegularExpressions;
using LaiChau.Workflows.Feel;
using Types = LaiChau.Workflows.Forms.FormComponentTypes;

namespace LaiChau.Workflows.Forms;

/// <summary>
/// What a completion may set: the values of the form's visible fields, cleaned (texts trimmed); or why not. Keys that
/// are not settable fields of the form are listed apart (they are refused whatever else is right).
/// </summary>
public sealed record FormCheck(IReadOnlyDictionary<string, FeelValue> Values, IReadOnlyList<FormFieldError> Errors, IReadOnlyList<string> UnknownKeys)
{
    public bool IsValid => Errors.Count == 0 && UnknownKeys.Count == 0;
}

/// <summary>
/// Checks a task completion against the task's form (issue 16 point 2), as form-js would before submitting it: only
/// the settable fields' keys; hidden fields (<c>conditional.hide</c>) are neither checked nor submitted; each visible
/// field's type, options and <c>validate</c> rules hold.
/// </summary>
public static class FormSubmission
{
    public static FormCheck Check(
        FormDefinition form,
        IReadOnlyDictionary<string, FeelValue> submitted,
        IReadOnlyDictionary<string, FeelValue> variables,
        IReadOnlyDictionary<string, IReadOnlyList<FormOption>> options,
        FeelContext feel)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(submitted);
        var settable = form.Settable.ToDictionary(c => c.Key!, StringComparer.Ordinal);
        var unknown = submitted.Keys.Where(k => !settable.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var hidden = FormConditions.HiddenIds(form, new FormData(variables, submitted), feel);
        var values = new Dictionary<string, FeelValue>(StringComparer.Ordinal);
        var errors = new List<FormFieldError>();
        foreach (var (key, component) in settable)
        {
            if (hidden.Contains(component.Id))
            {
                continue; // form-js leaves hidden fields out of what it submits
            }

            submitted.TryGetValue(key, out var raw);
            var value = Clean(component, raw, options.GetValueOrDefault(component.Id) ?? [], out var error);
            if (error is null && IsEmpty(component, value))
            {
                error = component.Validate.Required ? FormMessages.Required(key) : null;
            }
            else
            {
                error ??= Rules(component, value);
            }

            if (error is not null)
            {
                errors.Add(error);
            }
            else if (submitted.ContainsKey(key))
            {
                values[key] = value;
            }
        }

        return new FormCheck(values, errors, unknown);
    }

    private static bool IsEmpty(FormComponent component, FeelValue value) => value.Kind switch
    {
        FeelKind.Null => true,
        FeelKind.String => value.AsString().Length == 0,
        FeelKind.List => value.AsList().Length == 0,
        FeelKind.Boolean => component.Type == Types.Checkbox && !value.AsBoolean(),
        _ => false,
    };

    /// <summary>The value in the form's type (texts trimmed), or an error when it is of the wrong type or not an option.</summary>
    private static FeelValue Clean(FormComponent c, FeelValue raw, IReadOnlyList<FormOption> options, out FormFieldError? error)
    {
        error = null;
        var key = c.Key!;
        if (raw.IsNull)
        {
            return raw;
        }

        switch (c.Type)
        {
            case Types.TextField or Types.TextArea when raw.Kind == FeelKind.String:
                return FeelValue.String(raw.AsString().Trim());
            case Types.Number when raw.Kind == FeelKind.Number:
            case Types.Checkbox when raw.Kind == FeelKind.Boolean:
                return raw;
            case Types.Radio or Types.Select when raw.Kind == FeelKind.String:
                error = options.Count == 0 ? FormMessages.NoOptions(key)
                    : options.Any(o => o.Value == raw.AsString()) ? null : FormMessages.NotAnOption(key, raw.AsString());
                return raw;
            case Types.Checklist when IsTextList(raw):
                var chosen = raw.AsList().ToArray().Select(v => v.AsString()).ToList();
                var wrong = chosen.FirstOrDefault(v => !options.Any(o => o.Value == v));
                error = wrong is null ? null : FormMessages.NotAnOption(key, wrong);
                return FeelValue.List(chosen.Distinct(StringComparer.Ordinal).Select(FeelValue.String));
            case Types.FilePicker when IsTextList(raw):
                error = !c.Multiple && raw.AsList().Length > 1 ? FormMessages.OneFile(key) : null;
                return raw;
            case Types.DateTime when raw.Kind == FeelKind.String && FormDateTimeValues.IsValid(c, raw.AsString()):
                return raw;
            default:
                error = TypeError(c);
                return raw;
        }
    }

    private static bool IsTextList(FeelValue value) =>
        value.Kind == FeelKind.List && value.AsList().ToArray().All(v => v.Kind == FeelKind.String);

    private static FormFieldError TypeError(FormComponent c) => c.Type switch
    {
        Types.Number => FormMessages.Type(c.Key!, "một số", "a number"),
        Types.Checkbox => FormMessages.Type(c.Key!, "true hoặc false", "true or false"),
        Types.Checklist => FormMessages.Type(c.Key!, "danh sách các lựa chọn", "a list of option values"),
        Types.FilePicker => FormMessages.Type(c.Key!, "danh sách tệp đính kèm", "a list of attached files"),
        Types.DateTime => FormMessages.Type(c.Key!, FormDateTimeValues.DescribeVi(c), FormDateTimeValues.DescribeEn(c)),
        _ => FormMessages.Type(c.Key!, "một chuỗi ký tự", "a text"),
    };

    private static FormFieldError? Rules(FormComponent c, FeelValue value)
    {
        var rules = c.Validate;
        var key = c.Key!;
        if (value.Kind == FeelKind.Number)
        {
            var n = value.AsNumber();
            return n < rules.Min ? FormMessages.Min(key, rules.Min.Value)
                : n > rules.Max ? FormMessages.Max(key, rules.Max.Value)
                : c.DecimalDigits is { } digits && n.Scale > digits && n != decimal.Round(n, digits) ? FormMessages.Digits(key, digits)
                : null;
        }

        if (value.Kind != FeelKind.String || !Types.IsText(c.Type))
        {
            return null;
        }

        var text = value.AsString();
        if (text.Length < rules.MinLength)
        {
            return FormMessages.MinLength(key, rules.MinLength.Value);
        }

        if (text.Length > rules.MaxLength)
        {
            return FormMessages.MaxLength(key, rules.MaxLength.Value);
        }

        return rules.Pattern is { } pattern ? Pattern(key, text, pattern, rules.PatternErrorMessage) : null;
    }

    private static FormFieldError? Pattern(string key, string text, string pattern, string? message)
    {
        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.None, FormReader.PatternTimeout) ? null : FormMessages.Pattern(key, pattern, message);
        }
        catch (RegexMatchTimeoutException)
        {
            return FormMessages.PatternTimeout(key);
        }
    }
}

/// <summary>The text forms of a <c>datetime</c> value, as form-js writes them for each subtype.</summary>
public static class FormDateTimeValues
{
    public static bool IsValid(FormComponent c, string text) => c.Subtype switch
    {
        FormDateTimes.Time => TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            || (text.Length > 5 && TimeOnly.TryParseExact(text[..5], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                && (text[5..] == "Z" || TimeSpan.TryParseExact(text[6..], "hh\\:mm", CultureInfo.InvariantCulture, out _))),
        FormDateTimes.DateTime => text.Length >= 16 && text[10] == 'T'
            && (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                || DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)),
        _ => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
    };

    public static string DescribeVi(FormComponent c) => c.Subtype switch
    {
        FormDateTimes.Time => "giờ dạng HH:mm",
        FormDateTimes.DateTime => "ngày giờ ISO 8601 (yyyy-MM-ddTHH:mm)",
        _ => "ngày dạng yyyy-MM-dd",
    };

    public static string DescribeEn(FormComponent c) => c.Subtype switch
    {
        FormDateTimes.Time => "a time as HH:mm",
        FormDateTimes.DateTime => "an ISO 8601 date-time (yyyy-MM-ddTHH:mm)",
        _ => "a date as yyyy-MM-dd",
    };
}
