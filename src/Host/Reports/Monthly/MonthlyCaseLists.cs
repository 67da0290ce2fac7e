using LaiChau.Host.Data;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Web.Citizens;
using LaiChau.Reporting.Monthly;
using LaiChau.Workflows.Calendar;
using LaiChau.Workflows.Time;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Reports.Monthly;

/// <summary>
/// R11.3's lists for a month (Vietnam time), for the monthly report and the public statistics page:
/// <list type="bullet">
/// <item>resolved late: closed with a result in the month after its deadline, late by the working days of the
/// province's calendar from the deadline's day to the day of the result (0 when on the deadline's own day);</item>
/// <item>not conclusively resolved: the reporter did not accept the answer during the month — re-submitted it (R7.6,
/// audit <c>resubmit</c>) or rated it "Không hài lòng" (R8.2, audit <c>rating</c> unsatisfied) — with where it stands now.</item>
/// </list>
/// Codes, agency, category and dates only: no personal data. <c>publicOnly</c> leaves out hidden (R9), confidential
/// (R7.1a) and state-secret (R7.1b) reports.
/// </summary>
public sealed class MonthlyCaseLists(AppDbContext db, WorkingDayCalculator calendar)
{
    public sealed record Lists(IReadOnlyList<LateCase> ResolvedLate, IReadOnlyList<UnacceptedCase> NotConclusivelyResolved);

    public async Task<Lists> ComputeAsync(DateTimeOffset start, DateTimeOffset end, string? agency, bool publicOnly, CancellationToken ct)
    {
        var reports = db.Reports.AsNoTracking();
        if (agency is not null)
        {
            reports = reports.Where(r => r.LeadAgency == agency);
        }

        if (publicOnly)
        {
            reports = reports.Where(r => !r.Hidden && !r.Confidential && !r.StateSecret);
        }

        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Code, a => a.Name, ct);
        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, ct);
        string Agency(string code) => agencies.GetValueOrDefault(code, code);
        string Category(string code) => categories.GetValueOrDefault(code, code);

        var closed = await reports.Where(r => r.ClosedAt >= start && r.ClosedAt < end && (r.State == ReportState.Resolved || r.State == ReportState.Closed))
            .Select(r => new { r.Code, r.LeadAgency, r.CategoryCode, r.ReceivedAt, r.DueAt, ClosedAt = r.ClosedAt!.Value }).ToListAsync(ct);
        // DueAt is the deadline an approved extension (R7.3 special cases, ADR 0023) already moved: extended, not late.
        var late = closed.Where(r => r.ClosedAt > r.DueAt).OrderBy(r => r.ClosedAt).Take(MonthlyFigures.MaxListed)
            .Select(r => new LateCase(r.Code, Agency(r.LeadAgency), Category(r.CategoryCode), VietnamTime.Today(r.ReceivedAt),
                VietnamTime.Today(r.DueAt), VietnamTime.Today(r.ClosedAt), WorkingDaysLate(r.DueAt, r.ClosedAt)))
            .ToList();

        var disagreements = await (
            from a in db.ReportAudit.AsNoTracking()
            join r in reports on a.ReportCode equals r.Code
            where a.At >= start && a.At < end
                && (a.Action == ReportAuditActions.Resubmit || (a.Action == ReportAuditActions.Rating && a.Detail == Unsatisfied))
            select new { a.ReportCode, a.Action, a.At, r.LeadAgency, r.CategoryCode, r.State }).ToListAsync(ct);
        var unaccepted = disagreements.GroupBy(d => d.ReportCode).Select(g => g.OrderByDescending(d => d.At).First())
            .OrderBy(d => d.At).Take(MonthlyFigures.MaxListed)
            .Select(d => new UnacceptedCase(d.ReportCode, Agency(d.LeadAgency), Category(d.CategoryCode), VietnamTime.Today(d.At),
                d.Action == ReportAuditActions.Resubmit ? "Không đồng ý, đề nghị xem xét lại (R7.6)" : "Không hài lòng (R8.2)",
                CitizenWords.State(d.State)))
            .ToList();
        return new Lists(late, unaccepted);
    }

    /// <summary>R7.3 overdue counted in working days: from the deadline's day to <paramref name="at"/>'s day, 0 on the day itself.</summary>
    public int WorkingDaysLate(DateTimeOffset deadline, DateTimeOffset at) =>
        at <= deadline ? 0 : Math.Max(0, calendar.WorkingDaysBetween(VietnamTime.Today(deadline), VietnamTime.Today(at)));

    private const string Unsatisfied = "unsatisfied";
}
