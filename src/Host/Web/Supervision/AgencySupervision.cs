using LaiChau.Host.Data;
using LaiChau.Host.Reports;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Web.Centre;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Time;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Web.Supervision;

/// <summary>
/// One agency's supervision figures for its leaders (issue 8 point 3): workload by state, on-time rate this month,
/// overdue list, ratings and per officer — GROUP BY queries, lists of at most <see cref="CentreDashboard.ListLimit"/>.
/// </summary>
public sealed class AgencySupervision(AppDbContext db, TimeProvider clock)
{
    public sealed record Officer(string UserId, string FullName, string Role, int OpenAssigned, int CompletedThisMonth, int Overdue);

    public sealed record Figures(
        string Code, string Name, IReadOnlyList<CentreDashboard.Count> ByState, CentreDashboard.Sla ThisMonth,
        IReadOnlyList<CentreDashboard.Item> Overdue, int Satisfied, int Acceptable, int Unsatisfied, IReadOnlyList<Officer> Officers);

    public async Task<Figures?> ReadAsync(string agency, CancellationToken ct)
    {
        var row = await db.Agencies.AsNoTracking().Include(a => a.Members).FirstOrDefaultAsync(a => a.Code == agency, ct);
        if (row is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var today = VietnamTime.Today(now);
        var start = VietnamTime.StartOf(new DateOnly(today.Year, today.Month, 1));
        var end = start.AddMonths(1);
        var reports = db.Reports.AsNoTracking().Where(r => r.LeadAgency == agency);
        var open = reports.Where(r => CentreDashboard.OpenStates.Contains(r.State));

        var byState = await open.GroupBy(r => r.State).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        var closed = reports.Where(r => r.ClosedAt >= start && r.ClosedAt < end);
        var sla = new CentreDashboard.Sla(
            await closed.CountAsync(ct),
            await closed.CountAsync(r => (r.State == ReportState.Resolved || r.State == ReportState.Closed) && r.ClosedAt <= r.DueAt, ct));
        var overdue = await open.Where(r => r.DueAt < now).OrderBy(r => r.DueAt).Take(CentreDashboard.ListLimit)
            .Select(r => new CentreDashboard.Item(r.Code, r.LeadAgency, r.CategoryCode, r.ReceivedAt, r.DueAt, r.State.ToString())).ToListAsync(ct);
        var ratings = await reports.Where(r => r.Rating != null).GroupBy(r => r.Rating).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        int Rated(string key) => ratings.FirstOrDefault(r => r.Key == key)?.N ?? 0;

        var members = row.Members.Select(m => m.UserId).ToList();
        var tasks = db.Set<UserTaskRow>().AsNoTracking();
        var assigned = await tasks.Where(t => t.State == UserTaskState.Created && t.Assignee != null && members.Contains(t.Assignee))
            .GroupBy(t => t.Assignee!).Select(g => new { g.Key, N = g.Count(), Late = g.Count(t => t.DueAt < now) }).ToListAsync(ct);
        var completed = await tasks.Where(t => t.State == UserTaskState.Completed && t.CompletedBy != null && members.Contains(t.CompletedBy) && t.EndedAt >= start && t.EndedAt < end)
            .GroupBy(t => t.CompletedBy!).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);

        return new Figures(
            row.Code, row.Name,
            [.. byState.OrderBy(s => s.Key).Select(s => new CentreDashboard.Count(s.Key.ToString(), s.Key.ToString(), s.N))],
            sla, overdue, Rated("satisfied"), Rated("acceptable"), Rated("unsatisfied"),
            [.. row.Members.OrderBy(m => m.UserId, StringComparer.Ordinal).Select(m => new Officer(
                m.UserId, m.FullName, m.Role.ToString(),
                assigned.FirstOrDefault(a => a.Key == m.UserId)?.N ?? 0,
                completed.FirstOrDefault(c => c.Key == m.UserId)?.N ?? 0,
                assigned.FirstOrDefault(a => a.Key == m.UserId)?.Late ?? 0))]);
    }
}
