using System.Text.Json.Serialization;
using LaiChau.Host.Errors;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.OverlayNG;

namespace LaiChau.Host.ReferenceData;

/// <summary>Two units of one level, valid on a common day, whose boundaries share this much area.</summary>
public sealed record AdminUnitOverlap(string Code, string OtherCode, string OtherName, double AreaSquareMetres)
{
    [JsonIgnore] // the answer lists only tolerated ones
    public bool Tolerated => AreaSquareMetres <= AdminUnitRules.OverlapToleranceSquareMetres;

    public BilingualText Message()
    {
        var area = UnitArea.Text(AreaSquareMetres);
        var tolerance = UnitArea.Text(AdminUnitRules.OverlapToleranceSquareMetres);
        return Tolerated
            ? new($"Chồng lấn {OtherCode} ({OtherName}) {area.Vietnamese} (dưới mức cho phép {tolerance.Vietnamese}).",
                $"Overlaps {OtherCode} ({OtherName}) by {area.English} (within the {tolerance.English} tolerated).")
            : new($"Chồng lấn {OtherCode} ({OtherName}) có hiệu lực cùng ngày, diện tích {area.Vietnamese} (cho phép tối đa {tolerance.Vietnamese}): sửa ranh giới của một trong hai đơn vị.",
                $"Overlaps {OtherCode} ({OtherName}), valid on the same days, by {area.English} (at most {tolerance.English} is tolerated): correct one of the two boundaries.");
    }
}

/// <summary>Finds overlapping boundaries among units of one level valid on a common day (an STRtree gives the candidates).</summary>
public static class UnitOverlaps
{
    /// <param name="units">Every unit with a boundary.</param>
    /// <param name="changed">Only pairs with at least one of these units are checked (an import re-checks what it touches).</param>
    public static List<AdminUnitOverlap> Find(IReadOnlyList<(AdminUnitRow Unit, Geometry Shape)> units, IReadOnlySet<AdminUnitRow> changed)
    {
        var tree = new STRtree<int>();
        for (var i = 0; i < units.Count; i++)
        {
            tree.Insert(units[i].Shape.EnvelopeInternal, i);
        }

        tree.Build();
        var overlaps = new List<AdminUnitOverlap>();
        for (var i = 0; i < units.Count; i++)
        {
            var (unit, shape) = units[i];
            if (!changed.Contains(unit))
            {
                continue;
            }

            // A pair of two changed units is seen from both sides: kept once, from the first.
            foreach (var j in tree.Query(shape.EnvelopeInternal).Where(j => j != i && !(j < i && changed.Contains(units[j].Unit))))
            {
                var (other, otherShape) = units[j];
                if (other.Level != unit.Level || other.Code == unit.Code || !ValidOnACommonDay(unit, other))
                {
                    continue;
                }

                var area = UnitArea.SquareMetres(Intersection(shape, otherShape));
                if (area > 0)
                {
                    overlaps.Add(new AdminUnitOverlap(unit.Code, other.Code, other.Name, Math.Round(area, 2)));
                }
            }
        }

        return overlaps;
    }

    /// <summary>Floating-point noding first (a third of the robust overlay's time); snapping only when it fails.</summary>
    private static Geometry Intersection(Geometry a, Geometry b)
    {
        try
        {
            return OverlayNG.Overlay(a, b, OverlayNG.INTERSECTION);
        }
        catch (TopologyException)
        {
            return OverlayNGRobust.Overlay(a, b, OverlayNG.INTERSECTION);
        }
    }

    private static bool ValidOnACommonDay(AdminUnitRow a, AdminUnitRow b) =>
        (a.ValidFrom ?? DateOnly.MinValue) <= (b.ValidTo ?? DateOnly.MaxValue) && (b.ValidFrom ?? DateOnly.MinValue) <= (a.ValidTo ?? DateOnly.MaxValue);
}
