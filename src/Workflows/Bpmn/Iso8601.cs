using System.Globalization;
using System.Text.RegularExpressions;
using LaiChau.Workflows.Time;

namespace LaiChau.Workflows.Bpmn;

/// <summary>The ISO 8601 forms that Camunda 8 accepts for literal timer values (cron cycles are not in the subset).</summary>
public static partial class Iso8601
{
    // Longer text is no timer value; refusing it first keeps the patterns' work bounded.
    private const int MaxLength = 100;

    /// <summary>A date-time with an offset or <c>Z</c>, e.g. <c>2025-01-01T08:00:00+07:00</c>.</summary>
    public static bool IsDateTime(string value) =>
        value.Length <= MaxLength
        && DateTimeRegex().IsMatch(value)
        && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>A duration such as <c>P5D</c>, <c>PT1H</c>, <c>P1Y2M</c> or <c>P2W</c>.</summary>
    public static bool IsDuration(string value) => IsoDuration.TryParse(value, out var duration) && !duration.Negative;

    /// <summary>A repeating interval: <c>R3/PT1H</c>, <c>R/P1D</c>, <c>R5/2025-01-01T00:00:00Z/PT1H</c>.</summary>
    public static bool IsCycle(string value)
    {
        if (value.Length > MaxLength)
        {
            return false;
        }

        var parts = value.Split('/');
        if (!RepeatRegex().IsMatch(parts[0]))
        {
            return false;
        }

        return parts.Length switch
        {
            2 => IsDuration(parts[1]),
            3 => IsDateTime(parts[1]) && IsDuration(parts[2]),
            _ => false,
        };
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex DateTimeRegex();

    [GeneratedRegex(@"^R\d*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex RepeatRegex();
}
