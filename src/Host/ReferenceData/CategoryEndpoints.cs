using System.Security.Claims;
using System.Text.RegularExpressions;
using LaiChau.Host.Data;
using LaiChau.Host.Reports.Intake;
using LaiChau.Host.Security.ApiKeys;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.ReferenceData;

/// <summary><c>/api/v1/categories</c>: the kinds of report (Open311 services), edited by administrators.</summary>
public static partial class CategoryEndpoints
{
    public sealed record Request(string? Name, string? Group, string? Description, bool Urgent, string? RequiredMedia, string? RouteToAgencyCode, bool? Active);

    public sealed record Category(string Code, string Name, string Group, string? Description, bool Urgent, string RequiredMedia, string? RouteToAgencyCode, bool Active)
    {
        public static Category Of(CategoryRow c) => new(
            c.Code, c.Name, c.Group, c.Description, c.Urgent, char.ToLowerInvariant(c.RequiredMedia.ToString()[0]) + c.RequiredMedia.ToString()[1..],
            c.RouteToAgencyCode, c.Active);
    }

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("", async (bool? all, AppDbContext db, CancellationToken ct) =>
            (await db.Categories.AsNoTracking().Where(c => all == true || c.Active).OrderBy(c => c.Group).ThenBy(c => c.Code).ToListAsync(ct))
                .Select(Category.Of).ToList()).WithSummary("Kinds of report (Open311 services)");
        group.MapPut("{code}", PutAsync).RequireAuthorization(ApiKeysSetup.AdministratorPolicy).WithSummary("Create or change a category");
    }

    public static async Task<Results<Ok<Category>, Created<Category>, ValidationProblem>> PutAsync(
        string code, Request request, ClaimsPrincipal user, AppDbContext db, IntakeReferenceData intake, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Code().IsMatch(code))
        {
            errors["code"] = [$"A category code is 2 to {CategoryRules.MaxCodeLength} lower-case letters, digits and dashes (rac-thai)."];
        }

        Text(errors, "name", request.Name, CategoryRules.MaxNameLength, required: true);
        Text(errors, "group", request.Group, CategoryRules.MaxNameLength, required: true);
        Text(errors, "description", request.Description, CategoryRules.MaxDescriptionLength, required: false);
        if (!Enum.TryParse<RequiredMedia>(request.RequiredMedia ?? nameof(RequiredMedia.None), ignoreCase: true, out var media) || !Enum.IsDefined(media))
        {
            errors["requiredMedia"] = ["Required media is none, photo or photoOrVideo."];
        }

        if (request.RouteToAgencyCode is { } route && !await db.Agencies.AnyAsync(a => a.Code == route && a.Kind == AgencyKind.Department, ct))
        {
            errors["routeToAgencyCode"] = [$"'{route}' is not a department: a category routes to a department, or to the local People's Committee (null)."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var row = await db.Categories.FirstOrDefaultAsync(c => c.Code == code, ct);
        var created = row is null;
        row ??= db.Categories.Add(new CategoryRow { Code = code, Name = "", Group = "", ChangedBy = "" }).Entity;
        row.Name = request.Name!.Trim();
        row.Group = request.Group!.Trim();
        row.Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim();
        row.Urgent = request.Urgent;
        row.RequiredMedia = media;
        row.RouteToAgencyCode = request.RouteToAgencyCode;
        row.Active = request.Active ?? true;
        row.ChangedBy = user.Identity?.Name ?? "unknown";
        await db.SaveChangesAsync(ct);
        intake.Invalidate(); // intakes on this host see the change at once
        return created ? TypedResults.Created($"/api/v1/categories/{code}", Category.Of(row)) : TypedResults.Ok(Category.Of(row));
    }

    private static void Text(Dictionary<string, string[]> errors, string field, string? value, int max, bool required)
    {
        if ((required && string.IsNullOrWhiteSpace(value)) || value?.Length > max || (value?.Any(c => char.IsControl(c) && c is not ('\n' or '\r')) ?? false))
        {
            errors[field] = [$"'{field}' is {(required ? "required, " : "")}at most {max} characters, without control characters."];
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex Code();
}
