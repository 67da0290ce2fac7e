using System.Globalization;
using LaiChau.Host.Calendar;
using LaiChau.Host.Data;
using LaiChau.Host.ReferenceData;
using LaiChau.Host.Reports;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Reports.Monthly;
using LaiChau.Host.Web.Citizens;
using LaiChau.Workflows.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Pages.Citizens;

/// <summary>
/// Public statistics for a month in Vietnam time (R11.3): reports received, resolved, and resolved on time, by commune
/// and by category. The definitions are the monthly report's (<see cref="Reports.Monthly.MonthlyFigures"/>): resolved
/// = closed with a result in the month (state resolved or closed); on time = closed by its deadline. Counts only: every
/// report counts, confidential or hidden ones too, since a number shows nothing of them. The month's late and not
/// conclusively resolved cases are listed as in the monthly report (R11.3), public reports only, no personal data.
/// </summary>
public sealed class StatisticsModel(AppDbContext db, TimeProvider clock, CalendarSource calendars) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "thang")]
    public string? Month { get; set; }

    public sealed record Line(string Name, int Received, int Resolved, int OnTime)
    {
        public string Rate => Resolved == 0 ? "—" : (100.0 * OnTime / Resolved).ToString("0", CultureInfo.InvariantCulture) + " %";
    }

    public DateOnly First { get; private set; }

    public Line Totals { get; private set; } = new("", 0, 0, 0);

    public IReadOnlyList<Line> ByCommune { get; private set; } = [];

    public IReadOnlyList<Line> ByCategory { get; private set; } = [];

    public string? MonthError { get; private set; }

    public MonthlyCaseLists.Lists CaseLists { get; private set; } = new([], []);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        First = new DateOnly(today.Year, today.Month, 1);
        if (!string.IsNullOrWhiteSpace(Month))
        {
            if (DateOnly.TryParseExact(Month.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var chosen)
                && chosen <= First && chosen.Year >= 2000)
            {
                First = chosen;
            }
            else
            {
                MonthError = "Tháng không hợp lệ (định dạng năm-tháng, không sau tháng hiện tại).";
            }
        }

        Month = First.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var start = VietnamTime.StartOf(new DateOnly(First.Year, First.Month, 1));
        var end = start.AddMonths(1);
        var rows = await db.Reports.AsNoTracking()
            .Where(r => (r.ReceivedAt >= start && r.ReceivedAt < end) || (r.ClosedAt >= start && r.ClosedAt < end))
            .Select(r => new Row(r.CommuneCode ?? r.ChosenCommuneCode, r.CategoryCode, r.ReceivedAt, r.DueAt, r.ClosedAt, r.State, r.Result != null))
            .ToListAsync(ct);
        var communes = await CommuneNames.LoadAsync(db, codes: null, ct);
        var categories = (await CitizenChoices.CategoriesAsync(db, activeOnly: false, ct)).ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
        Line Count(string name, IEnumerable<Row> group)
        {
            var list = group.ToList();
            var resolved = list.Where(r => r.ClosedAt >= start && r.ClosedAt < end && r.IsResolved).ToList();
            return new Line(name, list.Count(r => r.ReceivedAt >= start && r.ReceivedAt < end), resolved.Count, resolved.Count(r => r.ClosedAt <= r.DueAt));
        }

        var vietnamese = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);
        Totals = Count("", rows);
        ByCommune = [.. rows.GroupBy(r => r.Commune ?? "").Select(g => Count(g.Key.Length == 0 ? "—" : communes.On(g.Key, First), g))
            .OrderBy(l => l.Name, vietnamese)];
        CaseLists = await new MonthlyCaseLists(db, await calendars.GetAsync(ct)).ComputeAsync(start, end, agency: null, publicOnly: true, ct);
        ByCategory = [.. rows.GroupBy(r => r.Category).Select(g => Count(categories.GetValueOrDefault(g.Key, g.Key), g)).OrderBy(l => l.Name, vietnamese)];
    }

    private sealed record Row(string? Commune, string Category, DateTimeOffset ReceivedAt, DateTimeOffset DueAt, DateTimeOffset? ClosedAt, ReportState State, bool HasResult)
    {
        public bool IsResolved => State is ReportState.Resolved or ReportState.Closed && HasResult;
    }
}
