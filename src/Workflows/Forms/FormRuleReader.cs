using System.Text.Json;
using System.Text.RegularExpressions;
using LaiChau.Workflows.Feel;
using Types = LaiChau.Workflows.Forms.FormComponentTypes;

namespace LaiChau.Workflows.Forms;

/// <summary>Reads what a component asks of its value: validation rules, options, hide condition, type-specific settings.</summary>
internal static class FormRuleReader
{
    private static readonly string[] Rules = ["required", "minLength", "maxLength", "min", "max", "pattern", "patternErrorMessage"];

    public static FeelExpression? Hide(JsonElement element, string id, FormReadState state)
    {
        if (!element.TryGetProperty("conditional", out var conditional) || conditional.ValueKind != JsonValueKind.Object
            || !conditional.TryGetProperty("hide", out var hide) || hide.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = hide.ValueKind == JsonValueKind.String ? hide.GetString()! : "";
        if (!text.StartsWith('='))
        {
            state.Errors.Add(FormErrors.BadHide.At(id, id, "cần biểu thức FEEL bắt đầu bằng '=' / a FEEL expression starting with '=' is expected"));
            return null;
        }

        if (!FeelExpression.TryParse(text[1..], out var expression, out var error, state.Functions))
        {
            state.Errors.Add(FormErrors.BadHide.At(id, id, error.Message));
            return null;
        }

        return expression;
    }

    public static FormValidation Validation(JsonElement element, string type, string id, FormReadState state)
    {
        if (!element.TryGetProperty("validate", out var validate) || validate.ValueKind != JsonValueKind.Object)
        {
            return FormValidation.None;
        }

        var rules = FormValidation.None;
        foreach (var rule in validate.EnumerateObject())
        {
            if (!Rules.Contains(rule.Name))
            {
                state.Errors.Add(FormErrors.UnsupportedRule.At(id, id, rule.Name));
                continue;
            }

            if (!Applies(rule.Name, type))
            {
                state.Errors.Add(FormErrors.RuleNotApplicable.At(id, id, rule.Name, type));
                continue;
            }

            rules = rule.Name switch
            {
                "required" => rules with { Required = Bool(rule, id, state) },
                "minLength" => rules with { MinLength = Length(rule, id, state) },
                "maxLength" => rules with { MaxLength = Length(rule, id, state) },
                "min" => rules with { Min = Number(rule, id, state) },
                "max" => rules with { Max = Number(rule, id, state) },
                "pattern" => rules with { Pattern = Pattern(rule, id, state) },
                _ => rules with { PatternErrorMessage = rule.Value.ValueKind == JsonValueKind.String ? rule.Value.GetString() : null },
            };
        }

        return rules;
    }

    private static bool Applies(string rule, string type) => rule switch
    {
        "required" => Types.IsKeyed(type),
        "min" or "max" => type == Types.Number,
        _ => Types.IsText(type),
    };

    public static FormComponent Options(JsonElement element, FormComponent component, FormReadState state)
    {
        if (!Types.HasOptions(component.Type))
        {
            return component;
        }

        var id = component.Id;
        if (element.TryGetProperty("valuesExpression", out _))
        {
            state.Errors.Add(FormErrors.OptionsExpression.At(id, id));
            return component;
        }

        if (FormComponentReader.String(element, "valuesKey") is { Length: > 0 } key)
        {
            if (!FormComponentReader.IsKey(key))
            {
                state.Errors.Add(FormErrors.BadKey.At(id, id, key));
            }

            return component with { ValuesKey = key };
        }

        if (!element.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Array || values.GetArrayLength() == 0)
        {
            state.Errors.Add(FormErrors.MissingOptions.At(id, id));
            return component;
        }

        var options = new List<FormOption>();
        var index = 0;
        foreach (var value in values.EnumerateArray())
        {
            index++;
            var label = value.ValueKind == JsonValueKind.Object ? FormComponentReader.String(value, "label") : null;
            var code = value.ValueKind == JsonValueKind.Object ? FormComponentReader.String(value, "value") : null;
            if (label is null || code is null)
            {
                state.Errors.Add(FormErrors.BadOption.At(id, id, index));
            }
            else if (options.Any(o => o.Value == code))
            {
                state.Errors.Add(FormErrors.DuplicateOption.At(id, id, code));
            }
            else
            {
                options.Add(new FormOption(label, code));
            }
        }

        return component with { Values = options };
    }

    public static FormComponent TypeSpecific(JsonElement element, FormComponent component, FormReadState state)
    {
        var id = component.Id;
        switch (component.Type)
        {
            case Types.DateTime:
                var subtype = FormComponentReader.String(element, "subtype") ?? FormDateTimes.Date;
                var format = FormComponentReader.String(element, "timeSerializingFormat") ?? FormDateTimes.UtcOffset;
                if (subtype is not (FormDateTimes.Date or FormDateTimes.Time or FormDateTimes.DateTime))
                {
                    state.Errors.Add(FormErrors.BadProperty.At(id, id, "subtype", "date, time hoặc datetime", "date, time or datetime"));
                }

                if (format is not (FormDateTimes.UtcOffset or FormDateTimes.UtcNormalized or FormDateTimes.NoTimezone))
                {
                    state.Errors.Add(FormErrors.BadProperty.At(id, id, "timeSerializingFormat", "utc_offset, utc_normalized hoặc no_timezone", "utc_offset, utc_normalized or no_timezone"));
                }

                return component with
                {
                    Subtype = subtype,
                    TimeFormat = format,
                    DateLabel = FormComponentReader.String(element, "dateLabel"),
                    TimeLabel = FormComponentReader.String(element, "timeLabel"),
                };
            case Types.FilePicker:
                var multiple = element.TryGetProperty("multiple", out var m) ? m : default;
                if (multiple.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.True or JsonValueKind.False))
                {
                    state.Errors.Add(FormErrors.BadProperty.At(id, id, "multiple", "true hoặc false (không dùng biểu thức)", "true or false (no expression)"));
                }

                return component with { Multiple = multiple.ValueKind == JsonValueKind.True, Accept = FormComponentReader.String(element, "accept") };
            case Types.Number:
                if (element.TryGetProperty("serializeToString", out var s) && s.ValueKind == JsonValueKind.True)
                {
                    state.Errors.Add(FormErrors.BadProperty.At(id, id, "serializeToString", "để trống: số được gửi dưới dạng số", "to be left out: numbers are submitted as numbers"));
                }

                return component with
                {
                    DecimalDigits = element.TryGetProperty("decimalDigits", out var digits) && digits.TryGetInt32(out var n) && n >= 0 ? n : null,
                    Increment = element.TryGetProperty("increment", out var inc) && inc.TryGetDecimal(out var step) && step > 0 ? step : null,
                };
            default:
                return component;
        }
    }

    private static bool Bool(JsonProperty rule, string id, FormReadState state)
    {
        if (rule.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return rule.Value.GetBoolean();
        }

        state.Errors.Add(FormErrors.BadRuleValue.At(id, id, rule.Name, "true hoặc false", "true or false"));
        return false;
    }

    private static int? Length(JsonProperty rule, string id, FormReadState state)
    {
        if (rule.Value.ValueKind == JsonValueKind.Number && rule.Value.TryGetInt32(out var n) && n >= 0)
        {
            return n;
        }

        state.Errors.Add(FormErrors.BadRuleValue.At(id, id, rule.Name, "một số nguyên không âm", "a whole number of at least 0"));
        return null;
    }

    private static decimal? Number(JsonProperty rule, string id, FormReadState state)
    {
        if (rule.Value.ValueKind == JsonValueKind.Number && rule.Value.TryGetDecimal(out var n))
        {
            return n;
        }

        state.Errors.Add(FormErrors.BadRuleValue.At(id, id, rule.Name, "một số (không dùng biểu thức)", "a number (no expression)"));
        return null;
    }

    private static string? Pattern(JsonProperty rule, string id, FormReadState state)
    {
        var pattern = rule.Value.ValueKind == JsonValueKind.String ? rule.Value.GetString() : null;
        if (string.IsNullOrEmpty(pattern))
        {
            state.Errors.Add(FormErrors.BadRuleValue.At(id, id, rule.Name, "một biểu thức chính quy", "a regular expression"));
            return null;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.None, FormReader.PatternTimeout);
            return pattern;
        }
        catch (ArgumentException e)
        {
            state.Errors.Add(FormErrors.BadPattern.At(id, id, e.Message));
            return null;
        }
    }
}
