using LaiChau.Host.ReferenceData;
using NetTopologySuite.Geometries;

namespace LaiChau.Host.Tests.ReferenceData;

/// <summary>Overlaps between units of one level valid on a common day, with their area.</summary>
public sealed class UnitOverlapsTests
{
    [Fact]
    public void Find_AmongTheShippedUnits_OnlyTheSourcesSubMetreArtefacts()
    {
        // The seeder does not check them at every start: this test does, on what the app ships.
        var units = ReferenceDataSeeder.ShippedUnits().Where(u => u.Shape is not null)
            .Select(u => (Row(u.Code, u.ValidFrom, u.ValidTo), u.Shape!)).ToList();

        var overlaps = UnitOverlaps.Find(units, units.Select(u => u.Item1).ToHashSet());

        // shared/data/SOURCES.md: sub-metre crossings at triple junctions, kept from the source.
        Assert.Equal(38, units.Count);
        Assert.NotEmpty(overlaps);
        Assert.All(overlaps, o => Assert.InRange(o.AreaSquareMetres, 0, 1));
        Assert.All(overlaps, o => Assert.True(o.Tolerated));
    }

    [Fact]
    public void Find_OneSquareTwice_OverlapsOnlyWhenBothAreValidOnACommonDay()
    {
        var square = new GeometryFactory().ToGeometry(new Envelope(103.40, 103.41, 22.43, 22.44));
        var before = Row("03388", null, new(2025, 6, 30));
        var after = Row("99001", new(2025, 7, 1), null);
        var alsoAfter = Row("99002", new(2026, 1, 1), null);

        var acrossTheReform = UnitOverlaps.Find([(before, square), (after, square)], new HashSet<AdminUnitRow> { before, after });
        var sameDays = UnitOverlaps.Find([(after, square), (alsoAfter, square)], new HashSet<AdminUnitRow> { after, alsoAfter });

        Assert.Empty(acrossTheReform);
        var overlap = Assert.Single(sameDays); // a pair is reported once
        Assert.Equal(("99001", "99002"), (overlap.Code, overlap.OtherCode));
        Assert.InRange(overlap.AreaSquareMetres, 1.135e6, 1.145e6); // 0.01° × 0.01° at 22.4° N: 1,029 m by 1,107 m
        Assert.False(overlap.Tolerated);
    }

    private static AdminUnitRow Row(string code, DateOnly? from, DateOnly? to) => new()
    {
        Code = code, Name = $"Xã {code}", Level = AdminLevel.Commune, ParentCode = "12", ValidFrom = from, ValidTo = to, Geometry = "{}", ChangedBy = "test",
    };
}
