using System.Globalization;
using LaiChau.Host.Data;
using LaiChau.Host.ReferenceData;
using LaiChau.Host.Reports;
using LaiChau.Workflows.Time;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Web.Citizens;

/// <summary>A choice in the citizens' lists: a category (with its group and urgency) or a commune.</summary>
public sealed record CitizenChoice(string Code, string Name, string? Group, bool Urgent);

/// <summary>The categories and today's communes, as the citizens' forms and filters list them (narrow queries: no geometries).</summary>
public static class CitizenChoices
{
    private static readonly StringComparer Vietnamese = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);

    public static async Task<IReadOnlyList<CitizenChoice>> CategoriesAsync(AppDbContext db, bool activeOnly, CancellationToken ct)
    {
        var rows = await db.Categories.AsNoTracking().Where(c => !activeOnly || c.Active)
            .Select(c => new CitizenChoice(c.Code, c.Name, c.Group, c.Urgent)).ToListAsync(ct);
        return [.. rows.OrderBy(c => c.Group, Vietnamese).ThenBy(c => c.Name, Vietnamese)];
    }

    public static async Task<IReadOnlyList<CitizenChoice>> CommunesAsync(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var units = await db.AdminUnits.AsNoTracking().Where(u => u.Level == AdminLevel.Commune)
            .Select(u => new { u.Code, u.Name, u.ValidFrom, u.ValidTo }).ToListAsync(ct);
        return [.. units.Where(u => AdminUnitRow.IsValidOn(u.ValidFrom, u.ValidTo, today))
            .OrderBy(u => u.Name, Vietnamese).Select(u => new CitizenChoice(u.Code, u.Name, null, false))];
    }
}
