using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using LaiChau.Host.Data;
using LaiChau.Host.Errors;
using LaiChau.Host.Security.ApiKeys;
using LaiChau.Workflows.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.ReferenceData;

/// <summary><c>/api/v1/admin-units</c>: list, export and import as GeoJSON, and locate a point (R6).</summary>
public static class AdminUnitEndpoints
{
    public sealed record Unit(
        string Code, string Name, string Level, string? ParentCode, DateOnly? ValidFrom, DateOnly? ValidTo, bool HasGeometry, bool GeometryApproximate)
    {
        public static Unit Of(AdminUnitRow u) => new(
            u.Code, u.Name, u.Level.ToString().ToLowerInvariant(), u.ParentCode, u.ValidFrom, u.ValidTo, u.Geometry is not null, u.GeometryApproximate);
    }

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListAsync).WithSummary("Administrative units valid on a day (default today), or the whole history");
        group.MapGet("geojson", ExportAsync).WithSummary("The units as a GeoJSON FeatureCollection (the import format)").Produces(StatusCodes.Status200OK, typeof(System.Text.Json.JsonElement), "application/geo+json");
        group.MapGet("locate", LocateAsync).WithSummary("The commune that contains a point (R6 routing)");
        group.MapPost("", ImportAsync).RequireAuthorization(ApiKeysSetup.AdministratorPolicy)
            .WithSummary("Create or update units from a GeoJSON FeatureCollection, all or nothing")
            .Accepts<System.Text.Json.JsonElement>("application/geo+json", "application/json");
    }

    /// <summary>Units valid on <c>at</c> (default today in Vietnam), optionally of one level; <c>at=all</c> lists history too.</summary>
    public static async Task<Results<Ok<List<Unit>>, ValidationProblem>> ListAsync(
        string? at, string? level, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var units = await QueryAsync(at, level, db, clock, errors, ct);
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(units.Select(Unit.Of).ToList());
    }

    /// <summary>The same units as a GeoJSON FeatureCollection, in the format <see cref="ImportAsync"/> reads.</summary>
    public static async Task<IResult> ExportAsync(string? at, string? level, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var units = await QueryAsync(at, level, db, clock, errors, ct);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var features = units.Select(u => new
        {
            type = "Feature",
            id = u.Code,
            properties = new
            {
                code = u.Code,
                name = u.Name,
                level = u.Level.ToString().ToLowerInvariant(),
                parentCode = u.ParentCode,
                validFrom = u.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                validTo = u.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                approximate = u.GeometryApproximate,
            },
            geometry = u.Geometry is null ? (JsonElement?)null : JsonDocument.Parse(u.Geometry).RootElement,
        });
        return TypedResults.Json(new { type = "FeatureCollection", features }, contentType: "application/geo+json");
    }

    public static async Task<Results<Ok<Unit>, ValidationProblem, ProblemHttpResult>> LocateAsync(
        double? lon, double? lat, string? at, AdminUnitLocator locator, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (lon is not (>= -180 and <= 180))
        {
            errors["lon"] = ["The longitude (WGS 84) is required, between -180 and 180."];
        }

        if (lat is not (>= -90 and <= 90))
        {
            errors["lat"] = ["The latitude (WGS 84) is required, between -90 and 90."];
        }

        var day = Day(at, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await locator.LocateAsync(lon!.Value, lat!.Value, day ?? Today(clock), ct) is { } unit
            ? TypedResults.Ok(Unit.Of(unit))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Outside every commune",
                detail: "No commune valid on that day contains the point; use the commune the reporter chose.");
    }

    /// <summary>Imports a GeoJSON FeatureCollection, all or nothing (<see cref="AdminUnitImport.FromJsonAsync"/>).</summary>
    public static async Task<Results<Ok<AdminUnitImportResult>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        HttpRequest request, ClaimsPrincipal user, AppDbContext db, AdminUnitLocator locator, CancellationToken ct)
    {
        if (request.ContentLength > AdminUnitRules.MaxBytes)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large",
                detail: $"A GeoJSON import has at most {AdminUnitRules.MaxBytes / 1024 / 1024} MB.");
        }

        var errors = new FieldErrors();
        var result = await AdminUnitImport.FromJsonAsync(request.Body, user.Identity?.Name ?? "unknown", db, locator, errors, ct);
        return result is null ? errors.ToProblem() : TypedResults.Ok(result);
    }

    private static async Task<List<AdminUnitRow>> QueryAsync(
        string? at, string? level, AppDbContext db, TimeProvider clock, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var all = at == "all";
        DateOnly? day = all ? null : Day(at, errors) ?? Today(clock);
        AdminLevel? wanted = null;
        if (level is not null)
        {
            if (!Enum.TryParse<AdminLevel>(level, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                errors["level"] = [AdminUnitRules.LevelMessage.English];
            }

            wanted = parsed;
        }

        if (errors.Count > 0)
        {
            return [];
        }

        var rows = await db.AdminUnits.AsNoTracking().Where(u => wanted == null || u.Level == wanted).ToListAsync(ct);
        return [.. rows.Where(u => day is not { } d || u.IsValidOn(d)).OrderBy(u => u.Level).ThenBy(u => u.Code, StringComparer.Ordinal).ThenBy(u => u.ValidFrom)];
    }

    private static DateOnly? Day(string? at, Dictionary<string, string[]> errors)
    {
        if (at is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(at, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors["at"] = ["The day is yyyy-MM-dd (or all, for the whole history)."];
        return null;
    }

    /// <summary>Today in Vietnam: validity dates are days of the Vietnamese calendar.</summary>
    private static DateOnly Today(TimeProvider clock) =>
        VietnamTime.Today(clock);
}
