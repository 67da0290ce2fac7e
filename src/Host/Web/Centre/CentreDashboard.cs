using LaiChau.Host.Calendar;
using LaiChau.Host.Data;
using LaiChau.Host.ReferenceData;
using LaiChau.Host.Reports;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Reports.Staff;
using LaiChau.Workflows.Time;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Web.Centre;

/// <summary>
/// The monitoring centre's province-wide figures (R11, R9, R8.3): every count is a GROUP BY in the database, every list
/// a narrow projection of at most <see cref="ListLimit"/> rows.
/// </summary>
public sealed class CentreDashboard(AppDbContext db, CalendarSource calendar, TimeProvider clock)
{
    public const int ListLimit = 50;

    public sealed record Count(string Key, string Name, int Value);

    public sealed record Sla(int Closed, int OnTime)
    {
        public int? Percent => Closed == 0 ? null : (int)Math.Round(100.0 * OnTime / Closed);
    }

    public sealed record Item(string Code, string LeadAgency, string CategoryCode, DateTimeOffset ReceivedAt, DateTimeOffset DueAt, string State);

    public sealed record Ratings(int Satisfied, int Acceptable, int Unsatisfied, IReadOnlyList<Item> UnsatisfiedList);

    public sealed record Figures(
        IReadOnlyList<Count> ByState, IReadOnlyList<Count> ByAgency, IReadOnlyList<Count> ByCategory, IReadOnlyList<Count> ByArea,
        Sla ThisMonth, Sla LastMonth, IReadOnlyList<Item> Overdue, IReadOnlyList<Item> NearlyDue, IReadOnlyList<Item> Urgent,
        WatchList Watch, Ratings Ratings);

    public static readonly ReportState[] OpenStates =
        [ReportState.Received, ReportState.InProgress, ReportState.Coordinating, ReportState.Transferred, ReportState.Escalated];

    public async Task<Figures> ReadAsync(ReportAccess access, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var open = db.Reports.AsNoTracking().Where(r => OpenStates.Contains(r.State));

        var byState = await db.Reports.AsNoTracking().GroupBy(r => r.State).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        var agencyNames = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Code, a => a.Name, ct);
        var byAgency = await open.GroupBy(r => r.LeadAgency).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        var categoryNames = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, ct);
        var byCategory = await open.GroupBy(r => r.CategoryCode).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        var byArea = await open.GroupBy(r => r.CommuneCode).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        var areaCodes = byArea.Where(a => a.Key != null).Select(a => a.Key!).ToList();
        var unitNames = await CommuneNames.LoadAsync(db, areaCodes, ct); // named as today's units: open reports are recent


        var today = VietnamTime.Today(now);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var lastMonth = thisMonth.AddMonths(-1);

        var working = await calendar.GetAsync(ct);
        var soon = working.AddWorkingDays(now, 1);
        var overdue = await Items(open.Where(r => r.DueAt < now).OrderBy(r => r.DueAt), ct);
        var nearlyDue = await Items(open.Where(r => r.DueAt >= now && r.DueAt <= soon).OrderBy(r => r.DueAt), ct);
        var urgent = await Items(open.Where(r => r.Urgent).OrderByDescending(r => r.ReceivedAt), ct);

        var ratingCounts = await db.Reports.AsNoTracking().Where(r => r.Rating != null)
            .GroupBy(r => r.Rating).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        var unsatisfied = await Items(db.Reports.AsNoTracking().Where(r => r.Rating == "unsatisfied").OrderByDescending(r => r.UpdatedAt), ct);
        int Rated(string key) => ratingCounts.FirstOrDefault(r => r.Key == key)?.N ?? 0;

        return new Figures(
            [.. byState.OrderBy(s => s.Key).Select(s => new Count(s.Key.ToString(), s.Key.ToString(), s.N))],
            [.. byAgency.OrderByDescending(a => a.N).Select(a => new Count(a.Key, agencyNames.GetValueOrDefault(a.Key, a.Key), a.N))],
            [.. byCategory.OrderByDescending(c => c.N).Select(c => new Count(c.Key, categoryNames.GetValueOrDefault(c.Key, c.Key), c.N))],
            [.. byArea.OrderByDescending(a => a.N).Select(a => new Count(a.Key ?? "", a.Key is null ? "" : unitNames.On(a.Key, today), a.N))],
            await SlaAsync(thisMonth, thisMonth.AddMonths(1), ct),
            await SlaAsync(lastMonth, thisMonth, ct),
            overdue, nearlyDue, urgent,
            await WatchLists.ReadAsync(access, db, ct, ListLimit),
            new Ratings(Rated("satisfied"), Rated("acceptable"), Rated("unsatisfied"), unsatisfied));
    }

    /// <summary>Only the open urgent reports (the block the page polls every 30 s).</summary>
    public Task<List<Item>> UrgentAsync(CancellationToken ct) =>
        Items(db.Reports.AsNoTracking().Where(r => OpenStates.Contains(r.State) && r.Urgent).OrderByDescending(r => r.ReceivedAt), ct);

    /// <summary>SLA (R7.3): of the reports closed in the month (Vietnam time), the share resolved by their deadline.</summary>
    private async Task<Sla> SlaAsync(DateOnly first, DateOnly next, CancellationToken ct)
    {
        var start = Start(first);
        var end = Start(next);
        var closed = db.Reports.AsNoTracking().Where(r => r.ClosedAt >= start && r.ClosedAt < end);
        var total = await closed.CountAsync(ct);
        var onTime = await closed.CountAsync(r => (r.State == ReportState.Resolved || r.State == ReportState.Closed) && r.ClosedAt <= r.DueAt, ct);
        return new Sla(total, onTime);
    }

    private static DateTimeOffset Start(DateOnly day) => VietnamTime.StartOf(day);

    private static Task<List<Item>> Items(IQueryable<ReportRow> query, CancellationToken ct) =>
        query.Take(ListLimit).Select(r => new Item(r.Code, r.LeadAgency, r.CategoryCode, r.ReceivedAt, r.DueAt, r.State.ToString())).ToListAsync(ct);
}
