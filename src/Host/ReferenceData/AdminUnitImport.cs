using System.Text.Json;
using LaiChau.Host.Data;
using LaiChau.Host.Errors;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace LaiChau.Host.ReferenceData;

/// <summary>
/// The outcome of an import: units added and units changed (matched by code and start of validity), and the overlaps
/// it was accepted with (each within <see cref="AdminUnitRules.OverlapToleranceSquareMetres"/>).
/// </summary>
public sealed record AdminUnitImportResult(int Created, int Updated, IReadOnlyList<AdminUnitOverlap> Overlaps);

/// <summary>Creates or updates units as one change: every check passes, or nothing is saved.</summary>
public static class AdminUnitImport
{
    /// <summary>
    /// Imports a GeoJSON FeatureCollection (the API's body or the administration page's upload), all or nothing:
    /// the result, or null with <paramref name="errors"/> filled in both languages.
    /// </summary>
    public static async Task<AdminUnitImportResult?> FromJsonAsync(
        Stream body, string actor, AppDbContext db, AdminUnitLocator locator, FieldErrors errors, CancellationToken ct)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, new JsonDocumentOptions { MaxDepth = 16 }, ct);
        }
        catch (JsonException e)
        {
            errors.Set("$", new($"Tệp không phải JSON hợp lệ (dòng {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}).", $"Not JSON: {e.Message}"),
                AdminUnitRules.WholeFile);
            return null;
        }

        using (document)
        {
            var units = AdminUnitFeatures.Read(document.RootElement, errors);
            var result = errors.Count == 0 ? await ApplyAsync(db, units, actor, errors, ct) : null;
            if (errors.Count > 0)
            {
                return null;
            }

            await db.SaveChangesAsync(ct);
            locator.Invalidate();
            return result;
        }
    }

    /// <param name="checkOverlaps">False only for the shipped units, whose overlaps a test checks (every host start would pay
    /// a tenth of a second for them).</param>
    public static async Task<AdminUnitImportResult> ApplyAsync(
        AppDbContext db, IReadOnlyList<AdminUnitInput> units, string changedBy, FieldErrors errors, CancellationToken ct, bool checkOverlaps = true)
    {
        var existing = await db.AdminUnits.ToListAsync(ct);
        var merged = existing.ToDictionary(u => (u.Code, u.ValidFrom));
        var shapes = new Dictionary<AdminUnitRow, Geometry?>();
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
            shapes[row] = unit.Shape;
        }

        Check(merged.Values, errors);
        var overlaps = errors.Count == 0 && checkOverlaps ? CheckOverlaps(merged.Values, shapes, errors) : [];
        return new AdminUnitImportResult(created, updated, overlaps);
    }

    /// <summary>
    /// Units of one level valid on a common day may share a border, not area: an overlap above the tolerance refuses the
    /// import under the changed unit's code, naming the other unit and the area; a smaller one is returned as a warning.
    /// </summary>
    private static List<AdminUnitOverlap> CheckOverlaps(IEnumerable<AdminUnitRow> all, Dictionary<AdminUnitRow, Geometry?> changed, FieldErrors errors)
    {
        var units = all.Where(u => u.Geometry is not null)
            .Select(u => (Unit: u, Shape: changed.TryGetValue(u, out var shape) ? shape! : UnitGeometry.Parse(u.Geometry!))).ToList();
        var overlaps = UnitOverlaps.Find(units, changed.Keys.ToHashSet());
        foreach (var refused in overlaps.Where(o => !o.Tolerated).GroupBy(o => o.Code))
        {
            var messages = refused.Select(o => o.Message()).ToList();
            errors.Set($"code {refused.Key}", new(string.Join(" ", messages.Select(m => m.Vietnamese)), string.Join(" ", messages.Select(m => m.English))),
                CodeLabel(refused.Key));
        }

        return [.. overlaps.Where(o => o.Tolerated)];
    }

    private static void Copy(AdminUnitInput unit, AdminUnitRow row, string changedBy)
    {
        row.Name = unit.Name;
        row.Level = unit.Level;
        row.ParentCode = unit.ParentCode;
        row.ValidTo = unit.ValidTo;
        row.Geometry = unit.Geometry;
        row.GeometryApproximate = unit.Geometry is not null && unit.Approximate;
        (row.MinLon, row.MinLat, row.MaxLon, row.MaxLat) = unit.Shape?.EnvelopeInternal is { } e ? (e.MinX, e.MinY, e.MaxX, e.MaxY) : ((double?)null, (double?)null, (double?)null, (double?)null);
        row.ChangedBy = changedBy;
    }

    /// <summary>How an error about a whole unit is labelled (the API's key is the English).</summary>
    public static BilingualText CodeLabel(string code) => new($"mã {code}", $"code {code}");

    /// <summary>A code names one unit at a time; a parent exists; only a province has no parent.</summary>
    private static void Check(IEnumerable<AdminUnitRow> all, FieldErrors errors)
    {
        var units = all.ToList();
        foreach (var sameCode in units.GroupBy(u => u.Code).Where(g => g.Count() > 1))
        {
            var ordered = sameCode.OrderBy(u => u.ValidFrom ?? DateOnly.MinValue).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if ((ordered[i - 1].ValidTo ?? DateOnly.MaxValue) >= (ordered[i].ValidFrom ?? DateOnly.MinValue))
                {
                    errors.Set($"code {sameCode.Key}", new(
                        "Hai đơn vị cùng mã này có hiệu lực trong cùng một ngày: cho đơn vị cũ hết hiệu lực (validTo) trước ngày đơn vị mới bắt đầu.",
                        "Two units with this code are valid on the same day: end the older one (validTo) before the newer starts."), CodeLabel(sameCode.Key));
                }
            }
        }

        var codes = units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (unit.Level == AdminLevel.Province ? unit.ParentCode is not null : unit.ParentCode is null || !codes.Contains(unit.ParentCode))
            {
                errors.Set($"code {unit.Code}", unit.Level == AdminLevel.Province
                    ? new("Tỉnh không có đơn vị cấp trên.", "A province has no parent.")
                    : new($"Đơn vị cấp trên '{unit.ParentCode}' không có trong danh mục.", $"The parent '{unit.ParentCode}' is not a known unit."),
                    CodeLabel(unit.Code));
            }
        }
    }
}
