using System.Xml;
using LaiChau.Workflows.Time;

namespace LaiChau.Host.Workflows;

/// <summary>ISO 8601 durations in request bodies (PT30S, P7D), bounded; an error names the field.</summary>
internal static class IsoDurations
{
    public static TimeSpan? Read(Dictionary<string, string[]> errors, string field, string? text, TimeSpan min, TimeSpan max)
    {
        if (text is null)
        {
            return null;
        }

        if (IsoDuration.ParseSpan(text, min, max) is { } value)
        {
            return value;
        }

        errors[field] = [$"'{field}' is an ISO 8601 duration between {XmlConvert.ToString(min)} and {XmlConvert.ToString(max)}, e.g. PT30S or P7D."];
        return null;
    }
}
