using LaiChau.Host.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaiChau.Host.Security.ApiKeys;

/// <summary><c>POST /api/v1/api-keys</c>: an administrator issues a key; the key is in this response only.</summary>
public static class CreateApiKey
{
    public sealed record Request(string? Name, string? Role);

    public sealed record Response(Guid Id, string Name, string Role, string Hint, DateTimeOffset CreatedAt, string Key);

    public static void Map(RouteGroupBuilder group) => group.MapPost("", HandleAsync).WithSummary("Issue a key; the key is in this answer only");

    public static async Task<Results<Created<Response>, ValidationProblem>> HandleAsync(
        Request request, AppDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = Validate(request);
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
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/api-keys/{key.Id}",
            new Response(key.Id, key.Name, key.Role, key.Hint, key.CreatedAt, secret));
    }

    private static Dictionary<string, string[]> Validate(Request request)
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

        return errors;
    }
}
