using System.Globalization;
using System.Text.Json;
using LaiChau.Host.Data;
using LaiChau.Host.ReferenceData;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Web;
using LaiChau.Host.Web.Citizens;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Pages.Citizens;

/// <summary>
/// Resolved reports and their results, in a list and on a map (R3.3, R11.3): only reports that are neither
/// confidential (R7.1a), hidden (R9) nor a state secret (R7.1b), and no personal data — not even the description or
/// address the reporter typed, which may name people; the result is the agency's own text.
/// </summary>
public sealed class ResultsModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "xa")]
    public string? Commune { get; set; }

    [BindProperty(SupportsGet = true, Name = "linh-vuc")]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public sealed record Item(string Code, string Category, string? Commune, DateTimeOffset ReceivedAt, DateTimeOffset? ClosedAt, string? Result, bool OnTime, double? Lat, double? Lon);

    public IReadOnlyList<Item> Items { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<CitizenChoice> Categories { get; private set; } = [];

    public IReadOnlyList<CitizenChoice> Communes { get; private set; } = [];

    /// <summary>The points of this page for <c>data-map="points"</c> (rounded to about 10 m).</summary>
    public string Points { get; private set; } = "[]";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Categories = await CitizenChoices.CategoriesAsync(db, activeOnly: false, ct);
        Communes = await CitizenChoices.CommunesAsync(db, clock, ct);
        var query = Public(db.Reports.AsNoTracking());
        if (!string.IsNullOrWhiteSpace(Commune))
        {
            query = query.Where(r => (r.CommuneCode ?? r.ChosenCommuneCode) == Commune);
        }

        if (!string.IsNullOrWhiteSpace(Category))
        {
            query = query.Where(r => r.CategoryCode == Category);
        }

        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        var rows = await query.OrderByDescending(r => r.ClosedAt).ThenByDescending(r => r.ReceivedAt)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(r => new { r.Code, r.CategoryCode, Commune = r.CommuneCode ?? r.ChosenCommuneCode, r.ReceivedAt, r.ClosedAt, r.DueAt, r.Result, r.Lat, r.Lon })
            .ToListAsync(ct);
        var categories = Categories.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
        var communes = await CommuneNames.LoadAsync(db, [.. rows.Where(r => r.Commune != null).Select(r => r.Commune!).Distinct()], ct);
        Items = [.. rows.Select(r => new Item(r.Code, categories.GetValueOrDefault(r.CategoryCode, r.CategoryCode),
            r.Commune is null ? null : communes.On(r.Commune, r.ReceivedAt), r.ReceivedAt, r.ClosedAt, r.Result,
            r.ClosedAt is { } closed && closed <= r.DueAt, Round(r.Lat), Round(r.Lon)))];
        Points = JsonSerializer.Serialize(Items.Where(i => i.Lat is not null && i.Lon is not null).Select(i => new
        {
            lat = i.Lat, lon = i.Lon, title = $"{i.Code} · {i.Category}", href = $"#{i.Code}",
        }));
    }

    /// <summary>The reports anyone may see with their result (R3.3): resolved, not confidential, hidden or state secret.</summary>
    public static IQueryable<ReportRow> Public(IQueryable<ReportRow> reports) =>
        reports.Where(r => (r.State == ReportState.Resolved || r.State == ReportState.Closed) && r.Result != null
            && !r.Confidential && !r.Hidden && !r.StateSecret);

    public string PageUrl(int page) => QueryHelpers(page);

    private string QueryHelpers(int page)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(Commune))
        {
            parts.Add("xa=" + Uri.EscapeDataString(Commune));
        }

        if (!string.IsNullOrWhiteSpace(Category))
        {
            parts.Add("linh-vuc=" + Uri.EscapeDataString(Category));
        }

        parts.Add("trang=" + page.ToString(CultureInfo.InvariantCulture));
        return WebPaths.Results + "?" + string.Join('&', parts);
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 4) : null;
}
