using LaiChau.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Reports.Staff;

/// <summary>
/// R9's watch list, shared by <c>GET /api/v1/watch-list</c> and the monitoring centre's page: every hidden or overdue
/// report (hidden-and-overdue flagged) and the latest alerts; an agency's staff see their own only.
/// </summary>
public static class WatchLists
{
    public const int MaxItems = 500;

    public static async Task<WatchList> ReadAsync(ReportAccess access, AppDbContext db, CancellationToken ct, int limit = MaxItems)
    {
        var mine = access.Agencies.ToList();
        var reports = db.Reports.AsNoTracking().Where(r => r.Hidden || r.Overdue);
        var alerts = db.ReportAlerts.AsNoTracking();
        if (!access.SeesAll)
        {
            reports = reports.Where(r => mine.Contains(r.LeadAgency));
            alerts = alerts.Where(a => mine.Contains(a.Agency));
        }

        var take = Math.Clamp(limit, 1, MaxItems);
        var items = await reports.OrderBy(r => r.DueAt).Take(take)
            .Select(r => new WatchItem(r.Code, r.LeadAgency, r.DueAt, r.Hidden, r.Overdue, r.Hidden && r.Overdue, r.State.ToString())).ToListAsync(ct);
        var recent = await alerts.OrderByDescending(a => a.Id).Take(take)
            .Select(a => new AlertView(a.ReportCode, a.Agency, a.Kind, a.At)).ToListAsync(ct);
        return new WatchList(items, recent);
    }
}
