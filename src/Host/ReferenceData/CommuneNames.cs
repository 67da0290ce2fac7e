using LaiChau.Host.Data;
using LaiChau.Host.Reports;
using LaiChau.Workflows.Time;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.ReferenceData;

/// <summary>
/// Communes' names by code and day. Codes were reused on 1 July 2025 — 03388 was Phường Quyết Tiến until 30 June 2025
/// and is Phường Đoàn Kết since — so a code is named as the unit valid on the day asked (a report's day of receipt:
/// the day routing chose the code), never by whichever row of that code comes first.
/// </summary>
public sealed class CommuneNames
{
    private readonly ILookup<string, Unit> _units;

    private CommuneNames(IEnumerable<Unit> units) => _units = units.ToLookup(u => u.Code, StringComparer.Ordinal);

    /// <summary>The communes of these codes (every commune when null), history included.</summary>
    public static async Task<CommuneNames> LoadAsync(AppDbContext db, IReadOnlyCollection<string>? codes, CancellationToken ct)
    {
        var query = db.AdminUnits.AsNoTracking().Where(u => u.Level == AdminLevel.Commune);
        if (codes is not null)
        {
            query = query.Where(u => codes.Contains(u.Code));
        }

        // Only what naming needs: never the geometries.
        return new(await query.Select(u => new Unit(u.Code, u.Name, u.ValidFrom, u.ValidTo)).ToListAsync(ct));
    }

    /// <summary>
    /// The name of the unit with this code valid on the day; when none was (the units were edited since), the latest
    /// unit of the code; the code itself when it names no commune at all.
    /// </summary>
    public string On(string code, DateOnly day)
    {
        var units = _units[code];
        return units.FirstOrDefault(u => AdminUnitRow.IsValidOn(u.ValidFrom, u.ValidTo, day))?.Name
            ?? units.OrderByDescending(u => u.ValidFrom ?? DateOnly.MinValue).FirstOrDefault()?.Name
            ?? code;
    }

    /// <summary>The name on the day (in Vietnam) of an instant, e.g. when a report was received.</summary>
    public string On(string code, DateTimeOffset instant) => On(code, VietnamTime.Today(instant));

    private sealed record Unit(string Code, string Name, DateOnly? ValidFrom, DateOnly? ValidTo);
}
