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
    Signature Signature)
{
    /// <summary>R11.3: reports resolved in the month after their deadline, with the working days late.</summary>
    public IReadOnlyList<LateCase> ResolvedLate { get; init; } = [];

    /// <summary>R11.3: reports whose answer the reporter did not accept in the month (R7.6 resubmitted, R8.2 unsatisfied).</summary>
    public IReadOnlyList<UnacceptedCase> NotConclusivelyResolved { get; init; } = [];
}

/// <summary>Counts for the month: received, resolved on time or late, rejected (R7.2), transferred (R7.5), open, overdue.</summary>
public sealed record ReportTotals(int Received, int ResolvedOnTime, int ResolvedLate, int Rejected, int Transferred, int Open, int Overdue)
{
    /// <summary>R7.3, special cases: reports whose deadline was extended (counted against the new deadline, not as overdue).</summary>
    public int Extended { get; init; }

    /// <summary>R5.7: duplicates merged into their original in the month; answered with the original, so neither resolved nor overdue.</summary>
    public int Merged { get; init; }
}

/// <summary>One agency's row; the same counts as <see cref="ReportTotals"/> (R12.3: lateness visible per agency).</summary>
public sealed record AgencyFigures(string Agency, ReportTotals Totals);

/// <summary>Reporters' ratings (R8.2): "Hài lòng", "Chấp nhận được", "Không hài lòng".</summary>
public sealed record RatingCounts(int Satisfied, int Acceptable, int Unsatisfied);

/// <summary>Reports received and resolved on one calendar day (Asia/Ho_Chi_Minh).</summary>
public sealed record DailyCount(DateOnly Day, int Received, int Resolved);

/// <summary>A report past its deadline or not fully resolved at the end of the month (R11.3); overdue in working days.</summary>
public sealed record OpenCase(string ReportCode, string Agency, DateOnly ReceivedOn, DateOnly Deadline, int DaysOverdue, string Status);

/// <summary>A hidden report and what became of it (R9: hidden reports stay on the monitoring centre's watch list).</summary>
public sealed record HiddenCase(string ReportCode, string Agency, DateOnly HiddenOn, string HiddenBy, string Reason, string Handling);

/// <summary>A report resolved after its deadline (R7.3, R11.3), late by <see cref="WorkingDaysLate"/> working days.</summary>
public sealed record LateCase(string ReportCode, string Agency, string Category, DateOnly ReceivedOn, DateOnly Deadline, DateOnly ResolvedOn, int WorkingDaysLate);

/// <summary>
/// A report not conclusively resolved (R11.3): its reporter did not accept the answer — re-submitted it to the provincial
/// People's Committee (R7.6) or rated it "Không hài lòng" (R8.2) — on <see cref="On"/>; <see cref="Status"/> is where it stands.
/// </summary>
public sealed record UnacceptedCase(string ReportCode, string Agency, string Category, DateOnly On, string Why, string Status);
