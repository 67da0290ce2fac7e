using System.Globalization;
using LaiChau.Workflows.Feel;

namespace LaiChau.Host.Reports.Process;

/// <summary>
/// The one deadline of a report (issue 16 point 4): the variable <c>resolutionDue</c> that the process definition
/// computes (R7.3, R2.2), read by intake from the instance's first run and by the state job afterwards.
/// </summary>
public static class ProcessDeadline
{
    public const string Variable = "resolutionDue";

    public static DateTimeOffset? Read(IReadOnlyDictionary<string, FeelValue> variables) =>
        variables.TryGetValue(Variable, out var value) ? Of(value) : null;

    /// <summary>A date-time with its offset, or its ISO text; anything else is no deadline.</summary>
    public static DateTimeOffset? Of(FeelValue value) => value.Kind switch
    {
        FeelKind.DateTime when value.Offset is not null => value.AsDateTimeOffset(),
        FeelKind.String when DateTimeOffset.TryParse(value.AsString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var due) => due,
        _ => null,
    };
}
