using LaiChau.Host.Data;
using LaiChau.Host.ReferenceData;
using LaiChau.Host.Reports.Data;
using LaiChau.Reporting.Letters;
using LaiChau.Reporting.Monthly;
using LaiChau.Workflows.Time;
using LaiChau.Workflows.Calendar;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Reports.Monthly;

/// <summary>
/// Computes the monitoring centre's monthly figures (R11.3) from the reports, their alerts and their audit trail, for
/// the province or one agency. A month is counted in Vietnam time. "Resolved on time" means closed with a result by
/// its deadline (R7.3, R12.3); "open" and "overdue" are as at the end of the month, overdue counted in working days;
/// the lists of late and not conclusively resolved cases are <see cref="MonthlyCaseLists"/>'s.
/// </summary>
public sealed class MonthlyFigures(AppDbContext db, WorkingDayCalculator calendar)
{
    public const int MaxListed = 500;

    public async Task<MonthlyReport> ComputeAsync(int year, int month, string? agency, string number, DateOnly issuedOn, CancellationToken ct)
    {
        var start = VietnamTime.StartOf(new DateOnly(year, month, 1));
        var end = start.AddMonths(1);
        var reports = db.Reports.AsNoTracking().Where(r => r.ReceivedAt < end && (r.ClosedAt == null || r.ClosedAt >= start || r.ReceivedAt >= start));
        if (agency is not null)
        {
            reports = reports.Where(r => r.LeadAgency == agency);
        }

        var rows = await reports.Select(r => new Row(r.Code, r.LeadAgency, r.ReceivedAt, r.DueAt, r.ClosedAt, r.State, r.Rating, r.StatusNotes)).ToListAsync(ct);
        var transfers = await db.ReportAlerts.AsNoTracking().Where(a => a.Kind == "transfer" && a.At >= start && a.At < end)
            .Select(a => a.ReportCode).ToListAsync(ct);
        // R7.3: a deadline extended by the monitoring centre counts as extended; its cases are judged against the new deadline.
        var extended = (await db.ReportAudit.AsNoTracking().Where(a => a.Action == ReportAuditActions.Extension && a.At < end)
            .Select(a => a.ReportCode).Distinct().ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var names = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Code, a => a.Name, ct);
        var hidden = await HiddenAsync(start, end, agency, names, ct);
        string Name(string code) => names.GetValueOrDefault(code, code);

        var totals = Totals(rows, transfers.ToHashSet(StringComparer.Ordinal), extended, start, end);
        var perAgency = rows.GroupBy(r => r.Agency).OrderBy(g => Name(g.Key), StringComparer.Ordinal)
            .Select(g => new AgencyFigures(Name(g.Key), Totals([.. g], [.. transfers], extended, start, end))).ToList();
        var closedInMonth = rows.Where(r => r.ClosedAt >= start && r.ClosedAt < end).ToList();
        var ratings = new RatingCounts(
            closedInMonth.Count(r => r.Rating == "satisfied"), closedInMonth.Count(r => r.Rating == "acceptable"), closedInMonth.Count(r => r.Rating == "unsatisfied"));
        var days = Enumerable.Range(0, DateTime.DaysInMonth(year, month)).Select(d =>
        {
            var day = new DateOnly(year, month, d + 1);
            return new DailyCount(day,
                rows.Count(r => VietnamTime.Today(r.ReceivedAt) == day),
                closedInMonth.Count(r => IsResolved(r.State) && VietnamTime.Today(r.ClosedAt!.Value) == day));
        }).ToList();
        var lists = new MonthlyCaseLists(db, calendar);
        // The month's last instant: a case due on the month's last day is overdue by 0 working days at its end.
        var monthEnd = end.AddTicks(-1);
        var open = rows.Where(r => IsOpenAt(r, end)).OrderByDescending(r => end - r.DueAt).Take(MaxListed)
            .Select(r => new OpenCase(r.Code, Name(r.Agency), VietnamTime.Today(r.ReceivedAt), VietnamTime.Today(r.DueAt),
                lists.WorkingDaysLate(r.DueAt, monthEnd), r.Notes ?? r.State.ToString())).ToList();
        var (late, unaccepted) = await lists.ComputeAsync(start, end, agency, publicOnly: false, ct);
        var centre = await db.Agencies.AsNoTracking().Include(a => a.Members).FirstOrDefaultAsync(a => a.Code == AgencyRules.MonitoringCentre, ct);
        return new MonthlyReport(
            new LetterHeader("UBND TỈNH LAI CHÂU", "TRUNG TÂM GIÁM SÁT, ĐIỀU HÀNH THÔNG MINH", number, "Lai Châu", issuedOn),
            year, month, agency is null ? null : Name(agency), totals, perAgency, ratings, days, open, hidden,
            new Signature(["GIÁM ĐỐC"], centre?.FocalLeader?.FullName ?? "", ["UBND tỉnh (b/c);", "Các cơ quan giải quyết;", "Lưu: VT."]))
        {
            ResolvedLate = late,
            NotConclusivelyResolved = unaccepted,
        };
    }

    private sealed record Row(string Code, string Agency, DateTimeOffset ReceivedAt, DateTimeOffset DueAt, DateTimeOffset? ClosedAt, ReportState State, string? Rating, string? Notes);

    private static ReportTotals Totals(List<Row> rows, HashSet<string> transfers, HashSet<string> extended, DateTimeOffset start, DateTimeOffset end)
    {
        var closed = rows.Where(r => r.ClosedAt >= start && r.ClosedAt < end).ToList();
        return new ReportTotals(
            rows.Count(r => r.ReceivedAt >= start),
            closed.Count(r => IsResolved(r.State) && r.ClosedAt <= r.DueAt),
            closed.Count(r => IsResolved(r.State) && r.ClosedAt > r.DueAt),
            closed.Count(r => r.State == ReportState.Rejected),
            rows.Count(r => transfers.Contains(r.Code)),
            rows.Count(r => IsOpenAt(r, end)),
            rows.Count(r => IsOpenAt(r, end) && r.DueAt < end)) 
        {
            Extended = rows.Count(r => extended.Contains(r.Code)),
            Merged = closed.Count(r => r.State == ReportState.Merged),
        };
    }

    private static bool IsResolved(ReportState state) => state is ReportState.Resolved or ReportState.Closed;

    private static bool IsOpenAt(Row r, DateTimeOffset end) => r.ClosedAt is null || r.ClosedAt >= end;

    /// <summary>R9: reports hidden during the month, who hid them and why, and where their handling stands.</summary>
    private async Task<List<HiddenCase>> HiddenAsync(DateTimeOffset start, DateTimeOffset end, string? agency, Dictionary<string, string> names, CancellationToken ct)
    {
        var hides = await (
            from a in db.ReportAudit.AsNoTracking()
            join r in db.Reports.AsNoTracking() on a.ReportCode equals r.Code
            where a.Action == ReportAuditActions.Hide && a.At >= start && a.At < end && (agency == null || r.LeadAgency == agency)
            orderby a.At
            select new { a.ReportCode, r.LeadAgency, a.At, a.Actor, a.Detail, r.StatusNotes, r.Hidden }).Take(MaxListed).ToListAsync(ct);
        return [.. hides.Select(h => new HiddenCase(h.ReportCode, names.GetValueOrDefault(h.LeadAgency, h.LeadAgency), VietnamTime.Today(h.At), h.Actor,
            h.Detail ?? "", (h.Hidden ? "Đang ẩn. " : "Đã hiện lại. ") + h.StatusNotes))];
    }
}
