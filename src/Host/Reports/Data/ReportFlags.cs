using LaiChau.Host.Reports.Intake;

namespace LaiChau.Host.Reports.Data;

/// <summary>Hints for the officer that travel with a report (row and process variable <c>flags</c>).</summary>
public static class ReportFlags
{
    /// <summary>R5.2: the text does not look Vietnamese.</summary>
    public const string NotVietnamese = "NotVietnamese";

    /// <summary>R5.7: an open report of the same matter exists (<c>duplicateOf</c>).</summary>
    public const string PossibleDuplicate = "PossibleDuplicate";

    public static IReadOnlyList<string> Of(IEnumerable<RoutingFlag> routing, bool notVietnamese, bool possibleDuplicate)
    {
        var flags = routing.Select(f => f.ToString()).ToList();
        if (notVietnamese)
        {
            flags.Add(NotVietnamese);
        }

        if (possibleDuplicate)
        {
            flags.Add(PossibleDuplicate);
        }

        return flags;
    }

    public static IReadOnlyList<string> Read(string flags) => flags.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
