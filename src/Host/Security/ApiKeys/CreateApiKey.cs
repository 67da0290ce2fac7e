using LaiChau.Host.Data;
using LaiChau.Host.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaiChau.Host.Security.ApiKeys;

/// <summary>
/// <c>POST /api/v1/api-keys</c>: an administrator issues a key; the key is in this response only. An integration key
/// may be scoped to external job types (<c>jobTypes</c>), the only ones it fetches and reports (ADR 0021).
/// </summary>
public static class CreateApiKey
{
    public sealed record Request(string? Name, string? Role, IReadOnlyList<string>? JobTypes = null);

    public sealed record Response(Guid Id, string Name, string Role, string Hint, DateTimeOffset CreatedAt, string Key, IReadOnlyList<string> JobTypes);

    public static void Map(RouteGroupBuilder group) => group.MapPost("", HandleAsync).WithSummary("Issue a key; the key is in this answer only");

    public static async Task<Results<Created<Response>, ValidationProblem>> HandleAsync(
        Request request, AppDbContext db, TimeProvider clock, JobTypeAccess jobTypes, CancellationToken cancellationToken)
    {
        var errors = Validate(request, jobTypes);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var secret = ApiKeyRules.Generate();
        var now = clock.GetUtcNow();
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(now),
            Name = request.Name!.Trim(),
            Role = ApiKeyRoles.All.Single(r => string.Equals(r, request.Role, StringComparison.OrdinalIgnoreCase)),
            Hint = ApiKeyRules.Hint(secret),
            Hash = ApiKeyRules.Hash(secret),
            CreatedAt = now,
            JobTypes = request.JobTypes is { Count: > 0 } types ? [.. types.Distinct(StringComparer.Ordinal)] : null,
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/api-keys/{key.Id}",
            new Response(key.Id, key.Name, key.Role, key.Hint, key.CreatedAt, secret, key.JobTypes ?? []));
    }

    private static Dictionary<string, string[]> Validate(Request request, JobTypeAccess jobTypes)
    {
        var errors = new Dictionary<string, string[]>();
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors["name"] = ["Name is required: say who or what uses the key."];
        }
        else if (name.Length > ApiKeyRules.MaxNameLength || name.Any(char.IsControl))
        {
            errors["name"] = [$"Name must be at most {ApiKeyRules.MaxNameLength} characters, without control characters."];
        }

        if (!ApiKeyRoles.All.Contains(request.Role ?? "", StringComparer.OrdinalIgnoreCase))
        {
            errors["role"] = [$"Role must be one of: {string.Join(", ", ApiKeyRoles.All)}."];
        }

        if (request.JobTypes is { Count: > 0 } types && JobTypesError(types, request.Role, jobTypes) is { } jobTypesError)
        {
            errors["jobTypes"] = [jobTypesError];
        }

        return errors;
    }

    /// <summary>Only integration keys are scoped, to external types listed in the settings (a typo would make a useless key).</summary>
    private static string? JobTypesError(IReadOnlyList<string> types, string? role, JobTypeAccess access)
    {
        if (!string.Equals(role, ApiKeyRoles.Integration, StringComparison.OrdinalIgnoreCase))
        {
            return "Only Integration keys carry job types (administrators' keys work every external type).";
        }

        if (types.Count > ApiKeyRules.MaxJobTypes || types.Any(t => string.IsNullOrWhiteSpace(t) || t.Length > ApiKeyRules.MaxJobTypeLength))
        {
            return $"At most {ApiKeyRules.MaxJobTypes} job types of 1 to {ApiKeyRules.MaxJobTypeLength} characters.";
        }

        var refused = types.Where(t => !access.IsExternal(t)).ToList();
        return refused.Count == 0 ? null
            : $"Not external job types (handled inside this host, or not listed in Workflows:Workers:ExternalTypes): {string.Join(", ", refused)}.";
    }
}
