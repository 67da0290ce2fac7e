using LaiChau.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.ReferenceData;

/// <summary>The outcome of an import: units added and units changed (matched by code and start of validity).</summary>
public sealed record AdminUnitImportResult(int Created, int Updated);

/// <summary>Creates or updates units as one change: every check passes, or nothing is saved.</summary>
public static class AdminUnitImport
{
    public static async Task<AdminUnitImportResult> ApplyAsync(
        AppDbContext db, IReadOnlyList<AdminUnitInput> units, string changedBy, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var existing = await db.AdminUnits.ToListAsync(ct);
        var merged = existing.ToDictionary(u => (u.Code, u.ValidFrom));
        int created = 0, updated = 0;
        foreach (var unit in units)
        {
            if (merged.TryGetValue((unit.Code, unit.ValidFrom), out var row))
            {
                updated++;
            }
            else
            {
                row = new AdminUnitRow { Id = Guid.CreateVersion7(), Code = unit.Code, Name = unit.Name, ValidFrom = unit.ValidFrom, ChangedBy = changedBy };
                merged[(unit.Code, unit.ValidFrom)] = row;
                db.AdminUnits.Add(row);
                created++;
            }

            Copy(unit, row, changedBy);
        }

        Check(merged.Values, errors);
        return new AdminUnitImportResult(created, updated);
    }

    private static void Copy(AdminUnitInput unit, AdminUnitRow row, string changedBy)
    {
        row.Name = unit.Name;
        row.Level = unit.Level;
        row.ParentCode = unit.ParentCode;
        row.ValidTo = unit.ValidTo;
        row.Geometry = unit.Geometry;
        row.GeometryApproximate = unit.Geometry is not null && unit.Approximate;
        (row.MinLon, row.MinLat, row.MaxLon, row.MaxLat) = unit.Shape is { } s ? (s.MinLon, s.MinLat, s.MaxLon, s.MaxLat) : ((double?)null, (double?)null, (double?)null, (double?)null);
        row.ChangedBy = changedBy;
    }

    /// <summary>A code names one unit at a time; a parent exists; only a province has no parent.</summary>
    private static void Check(IEnumerable<AdminUnitRow> all, Dictionary<string, string[]> errors)
    {
        var units = all.ToList();
        foreach (var sameCode in units.GroupBy(u => u.Code).Where(g => g.Count() > 1))
        {
            var ordered = sameCode.OrderBy(u => u.ValidFrom ?? DateOnly.MinValue).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if ((ordered[i - 1].ValidTo ?? DateOnly.MaxValue) >= (ordered[i].ValidFrom ?? DateOnly.MinValue))
                {
                    errors[$"code {sameCode.Key}"] = ["Two units with this code are valid on the same day: end the older one (validTo) before the newer starts."];
                }
            }
        }

        var codes = units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (unit.Level == AdminLevel.Province ? unit.ParentCode is not null : unit.ParentCode is null || !codes.Contains(unit.ParentCode))
            {
                errors[$"code {unit.Code}"] = [unit.Level == AdminLevel.Province
                    ? "A province has no parent."
                    : $"The parent '{unit.ParentCode}' is not a known unit."];
            }
        }
    }
}
