using System.Globalization;
using LaiChau.Host.Errors;
using LaiChau.Host.Reports;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Forms;
using LaiChau.Workflows.Time;
using Types = LaiChau.Workflows.Forms.FormComponentTypes;

namespace LaiChau.Host.Web.Forms;

/// <summary>
/// A task form posted by the case page, read into the values the form's JSON would carry (as form-js submits them):
/// texts as strings, numbers as numbers, checkboxes as booleans, checklists as lists, dates and times in form-js's
/// text forms. A field the page disabled (hidden by its condition) is absent and stays absent.
/// </summary>
public static class FormPost
{
    public static Dictionary<string, FeelValue> Read(FormDefinition form, IFormCollection posted, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(posted);
        var values = new Dictionary<string, FeelValue>(StringComparer.Ordinal);
        foreach (var c in form.Settable.Where(c => c.Type != Types.FilePicker))
        {
            if (!posted.TryGetValue(c.Key!, out var raw))
            {
                continue;
            }

            var texts = raw.Where(v => v is not null).Select(v => v!).ToList();
            var last = texts.LastOrDefault() ?? "";
            var value = c.Type switch
            {
                Types.Checkbox => FeelValue.Boolean(texts.Contains("true")),
                Types.Checklist => FeelValue.List(texts.Where(v => v.Length > 0).Select(FeelValue.String)),
                Types.Number => Number(c, last, errors),
                Types.DateTime => last.Length == 0 ? FeelValue.Null : FeelValue.String(DateTimeValue(c, last)),
                Types.Radio or Types.Select => last.Length == 0 ? FeelValue.Null : FeelValue.String(last),
                _ => FeelValue.String(last),
            };
            values[c.Key!] = value;
        }

        return values;
    }

    private static FeelValue Number(FormComponent c, string text, FieldErrors errors)
    {
        if (text.Trim().Length == 0)
        {
            return FeelValue.Null;
        }

        // A Vietnamese keyboard writes the decimal comma; the browser's number input sends a point.
        if (decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n))
        {
            return FeelValue.Number(n);
        }

        errors.Set(c.Key!, new BilingualText("Nhập một số.", "Enter a number."));
        return FeelValue.Null;
    }

    /// <summary>The browser's date, time or local date-time input in the text form form-js would submit (times in Vietnam).</summary>
    public static string DateTimeValue(FormComponent c, string input)
    {
        var offset = VietnamTime.Offset; // UTC+7 all year
        return (c.Subtype, c.TimeFormat) switch
        {
            (FormDateTimes.Time, FormDateTimes.UtcOffset) when IsTime(input) => input + Offset(offset),
            (FormDateTimes.Time, FormDateTimes.UtcNormalized) when IsTime(input) =>
                TimeOnly.ParseExact(input, "HH:mm", CultureInfo.InvariantCulture).Add(-offset).ToString("HH:mm", CultureInfo.InvariantCulture) + "Z",
            (FormDateTimes.DateTime, FormDateTimes.UtcOffset) when IsLocal(input, out _) => input + Offset(offset),
            (FormDateTimes.DateTime, FormDateTimes.UtcNormalized) when IsLocal(input, out var local) =>
                new DateTimeOffset(local, offset).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture),
            _ => input,
        };
    }

    private static bool IsTime(string input) => TimeOnly.TryParseExact(input, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool IsLocal(string input, out DateTime local) =>
        DateTime.TryParseExact(input, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out local);

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture);
}
