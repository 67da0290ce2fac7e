using System.Text.Json;
using LaiChau.Host.Data;
using LaiChau.Host.Errors;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.ReferenceData;

/// <summary>
/// On the first start (no unit yet), loads Lai Châu's administrative units shipped with the app: the province, the
/// districts and communes before the 2025 reform as history, and the 38 current communes with approximate
/// boundaries (ReferenceData/Seed/SOURCES.md). Later edits go through the API and are never overwritten.
/// Registered after the database start-up, so the tables exist.
/// </summary>
public sealed partial class ReferenceDataSeeder(IServiceScopeFactory scopes, ILogger<ReferenceDataSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await SeedUnitsAsync(db, cancellationToken);
        await SeedAgenciesAsync(db, cancellationToken);
    }

    private async Task SeedUnitsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (await db.AdminUnits.AnyAsync(cancellationToken))
        {
            return;
        }

        var errors = new FieldErrors();
        // Their overlaps (sub-metre artefacts of the source, Seed/SOURCES.md) are checked by UnitOverlapsTests, not at every start.
        var result = await AdminUnitImport.ApplyAsync(db, Shipped.Value, "seed", errors, cancellationToken, checkOverlaps: false);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The shipped administrative units are inconsistent: " + string.Join("; ", errors.All.Select(e => $"{e.Key}: {e.Message.English}")));
        }

        await db.SaveChangesAsync(cancellationToken);
        LogSeeded(logger, result.Created);
    }

    /// <summary>
    /// The province's and each current commune's People's Committee and the monitoring centre, inactive and without
    /// staff: an administrator names their staff and focal leader (R12.1) before they take reports.
    /// </summary>
    private async Task SeedAgenciesAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Agencies.AnyAsync(cancellationToken))
        {
            return;
        }

        var communes = await db.AdminUnits.AsNoTracking()
            .Where(u => u.Level == AdminLevel.Commune && u.ValidFrom == AdminUnitRules.Reform2025 && u.ValidTo == null)
            .OrderBy(u => u.Code).ToListAsync(cancellationToken);
        var agencies = communes.Select(u => (Code: $"UBND-{u.Code}", Name: $"Ủy ban nhân dân {char.ToLowerInvariant(u.Name[0])}{u.Name[1..]}", Kind: AgencyKind.PeoplesCommittee, Unit: (string?)u.Code))
            .Prepend((AgencyRules.MonitoringCentre, "Trung tâm Giám sát, điều hành thông minh tỉnh Lai Châu (SOC-IOC)", AgencyKind.MonitoringCentre, null))
            .Prepend((AgencyRules.Province, "Ủy ban nhân dân tỉnh Lai Châu", AgencyKind.PeoplesCommittee, "12"));
        foreach (var (code, name, kind, unit) in agencies)
        {
            db.Agencies.Add(new AgencyRow { Id = Guid.CreateVersion7(), Code = code, Name = name, Kind = kind, UnitCode = unit, ChangedBy = "seed" });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Read once per process: the inputs are immutable, and every test host starts from them.</summary>
    private static readonly Lazy<IReadOnlyList<AdminUnitInput>> Shipped = new(ShippedUnits);

    /// <summary>The shipped units as one import: the code list, with the polygons of the current communes.</summary>
    public static IReadOnlyList<AdminUnitInput> ShippedUnits()
    {
        using var units = JsonDocument.Parse(Resource("laichau-admin-units.json"));
        using var communes = JsonDocument.Parse(Resource("laichau-communes.geojson"));
        var geometries = communes.RootElement.GetProperty("features").EnumerateArray()
            .ToDictionary(f => f.GetProperty("properties").GetProperty("code").GetString()!, f => f.GetProperty("geometry").Clone());
        var features = units.RootElement.EnumerateArray().Select(u =>
        {
            var current = u.GetProperty("validFrom").ValueKind == JsonValueKind.String
                && u.GetProperty("validFrom").GetString() == $"{AdminUnitRules.Reform2025:yyyy-MM-dd}";
            return new
            {
                type = "Feature",
                properties = new
                {
                    code = u.GetProperty("code").GetString(),
                    name = u.GetProperty("name").GetString(),
                    level = u.GetProperty("level").GetString(),
                    parentCode = u.GetProperty("parentCode").GetString(),
                    validFrom = u.GetProperty("validFrom").GetString(),
                    validTo = u.GetProperty("validTo").GetString(),
                    approximate = true,
                },
                geometry = current && geometries.TryGetValue(u.GetProperty("code").GetString()!, out var g) ? (JsonElement?)g : null,
            };
        });
        using var collection = JsonDocument.Parse(JsonSerializer.Serialize(new { type = "FeatureCollection", features }));
        var errors = new FieldErrors();
        var inputs = AdminUnitFeatures.Read(collection.RootElement, errors);
        return errors.Count == 0
            ? inputs
            : throw new InvalidOperationException("The shipped administrative units do not read: " + string.Join("; ", errors.All.Select(e => e.Key)));
    }

    private static string Resource(string file)
    {
        using var stream = typeof(ReferenceDataSeeder).Assembly.GetManifestResourceStream($"LaiChau.Host.ReferenceData.Seed.{file}")
            ?? throw new InvalidOperationException($"The resource {file} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Loaded {Count} administrative units shipped with the app")]
    private static partial void LogSeeded(ILogger logger, int count);
}
