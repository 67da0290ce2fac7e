using LaiChau.Host.Data;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace LaiChau.Host.ReferenceData;

/// <summary>
/// Finds the commune that contains a point on a day (R6 routing). Boundaries are parsed once into an STRtree and kept
/// until an import changes the units on this host, or for at most ten minutes when another host imported.
/// </summary>
public sealed class AdminUnitLocator(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Snapshot? _current;

    /// <summary>
    /// The commune valid on the day whose boundary covers the point. Where several do — a point on a shared border,
    /// or in a tolerated overlap — one is chosen by <see cref="BorderRule"/>, never by row or index order.
    /// </summary>
    public async Task<AdminUnitRow?> LocateAsync(double lon, double lat, DateOnly day, CancellationToken ct)
    {
        var snapshot = await SnapshotAsync(ct);
        var point = new Coordinate(lon, lat);
        return snapshot.Tree.Query(new Envelope(point))
            .Where(c => c.Unit.IsValidOn(day))
            .Select(c => (c.Unit, Where: c.Locator.Locate(point)))
            .Where(c => c.Where != Location.Exterior)
            .OrderBy(c => c, BorderRule.Instance)
            .Select(c => c.Unit)
            .FirstOrDefault();
    }

    public void Invalidate() => _current = null;

    private async Task<Snapshot> SnapshotAsync(CancellationToken ct)
    {
        if (Fresh() is { } current)
        {
            return current;
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (Fresh() is { } loaded)
            {
                return loaded; // by the request that held the gate
            }

            await using var scope = scopes.CreateAsyncScope();
            var units = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AdminUnits.AsNoTracking()
                .Where(u => u.Level == AdminLevel.Commune && u.Geometry != null).ToListAsync(ct);
            var tree = new STRtree<Candidate>();
            foreach (var unit in units)
            {
                var shape = UnitGeometry.Parse(unit.Geometry!);
                var locator = new IndexedPointInAreaLocator(shape);
                locator.Locate(shape.EnvelopeInternal.Centre); // builds its index now, before requests share it
                tree.Insert(shape.EnvelopeInternal, new Candidate(unit, locator));
            }

            tree.Build();
            var snapshot = new Snapshot(tree, clock.GetUtcNow());
            _current = snapshot;
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    private Snapshot? Fresh() => _current is { } current && clock.GetUtcNow() - current.LoadedAt < MaxAge ? current : null;

    private sealed record Candidate(AdminUnitRow Unit, IndexedPointInAreaLocator Locator);

    private sealed record Snapshot(STRtree<Candidate> Tree, DateTimeOffset LoadedAt);

    /// <summary>
    /// Which unit a point covered by several goes to: inside before on the border; an official boundary before an
    /// approximate one; then the lowest code. So a point on the border of 03388 and 03394 goes to 03388.
    /// </summary>
    private sealed class BorderRule : IComparer<(AdminUnitRow Unit, Location Where)>
    {
        public static readonly BorderRule Instance = new();

        public int Compare((AdminUnitRow Unit, Location Where) x, (AdminUnitRow Unit, Location Where) y)
        {
            var inside = (x.Where == Location.Interior).CompareTo(y.Where == Location.Interior);
            var official = (!x.Unit.GeometryApproximate).CompareTo(!y.Unit.GeometryApproximate);
            return inside != 0 ? -inside
                : official != 0 ? -official
                : string.CompareOrdinal(x.Unit.Code, y.Unit.Code);
        }
    }
}
