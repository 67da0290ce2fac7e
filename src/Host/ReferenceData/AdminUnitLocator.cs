using System.Text.Json;
using LaiChau.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.ReferenceData;

/// <summary>
/// Finds the commune that contains a point on a day (R6 routing). Shapes are parsed once and kept until an import
/// changes the units on this host, or for at most ten minutes when another host imported.
/// </summary>
public sealed class AdminUnitLocator(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Snapshot? _current;

    public async Task<AdminUnitRow?> LocateAsync(double lon, double lat, DateOnly day, CancellationToken ct)
    {
        var shapes = await ShapesAsync(ct);
        return shapes.FirstOrDefault(s => s.Unit.IsValidOn(day) && s.Shape.Contains(lon, lat)).Unit;
    }

    public void Invalidate() => _current = null;

    private async Task<IReadOnlyList<(AdminUnitRow Unit, GeoShape Shape)>> ShapesAsync(CancellationToken ct)
    {
        if (_current is { } current && clock.GetUtcNow() - current.LoadedAt < MaxAge)
        {
            return current.Shapes;
        }

        await _gate.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var units = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AdminUnits.AsNoTracking()
                .Where(u => u.Level == AdminLevel.Commune && u.Geometry != null).ToListAsync(ct);
            var shapes = new List<(AdminUnitRow, GeoShape)>(units.Count);
            foreach (var unit in units)
            {
                using var geometry = JsonDocument.Parse(unit.Geometry!);
                if (GeoShape.TryRead(geometry.RootElement, out _) is { } shape)
                {
                    shapes.Add((unit, shape));
                }
            }

            _current = new Snapshot(shapes, clock.GetUtcNow());
            return shapes;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record Snapshot(IReadOnlyList<(AdminUnitRow Unit, GeoShape Shape)> Shapes, DateTimeOffset LoadedAt);
}
