using LaiChau.Reporting.Letters;

namespace LaiChau.Reporting.Monthly;

/// <summary>
/// The monitoring centre's report for one month (R11.3), for the whole province or, when <see cref="Agency"/> is set,
/// for one agency. The caller computes every figure; this record only carries them to the page.
/// </summary>
public sealed record MonthlyReport(
    LetterHeader Header,
    int Year,
    int Month,
    string? Agency,
    ReportTotals Totals,
    IReadOnlyList<AgencyFigures> Agencies,
    RatingCounts Ratings,
    IReadOnlyList<DailyCount> Days,
    IReadOnlyList<OpenCase> OverdueAndUnresolved,
    IReadOnlyList<HiddenCase> Hidden,
    Signature Signature);

/// <summary>Counts for the month: received, resolved on time or late, rejected (R7.2), transferred (R7.5), open, overdue.</summary>
public sealed record ReportTotals(int Received, int ResolvedOnTime, int ResolvedLate, int Rejected, int Transferred, int Open, int Overdue)
{
    /// <summary>R7.3, special cases: reports whose deadline was extended (counted against the new deadline, not as overdue).</summary>
    public int Extended { get; init; }
}

/// <summary>One agency's row; the same counts as <see cref="ReportTotals"/> (R12.3: lateness visible per agency).</summary>
public sealed record AgencyFigures(string Agency, ReportTotals Totals);

/// <summary>Reporters' ratings (R8.2): "Hài lòng", "Chấp nhận được", "Không hài lòng".</summary>
public sealed record RatingCounts(int Satisfied, int Acceptable, int Unsatisfied);

/// <summary>Reports received and resolved on one calendar day (Asia/Ho_Chi_Minh).</summary>
public sealed record DailyCount(DateOnly Day, int Received, int Resolved);

/// <summary>A report past its deadline or not fully resolved at the end of the month (R11.3).</summary>
public sealed record OpenCase(string ReportCode, string Agency, DateOnly ReceivedOn, DateOnly Deadline, int DaysOverdue, string Status);

/// <summary>A hidden report and what became of it (R9: hidden reports stay on the monitoring centre's watch list).</summary>
public sealed record HiddenCase(string ReportCode, string Agency, DateOnly HiddenOn, string HiddenBy, string Reason, string Handling);
