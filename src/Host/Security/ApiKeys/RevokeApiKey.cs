using LaiChau.Host.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Security.ApiKeys;

/// <summary><c>DELETE /api/v1/api-keys/{id}</c>: revokes a key at once. The last administrator key cannot go.</summary>
public static class RevokeApiKey
{
    public static void Map(RouteGroupBuilder group) => group.MapDelete("{id:guid}", HandleAsync);

    public static async Task<Results<NoContent, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> HandleAsync(
        Guid id, AppDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null)
        {
            return TypedResults.NotFound(Problem(StatusCodes.Status404NotFound, "API key not found", $"There is no API key with id {id}."));
        }

        if (!key.IsActive)
        {
            return TypedResults.NoContent();
        }

        var isLastAdministrator = key.Role == ApiKeyRoles.Administrator &&
            !await db.ApiKeys.AnyAsync(k => k.Id != id && k.Role == ApiKeyRoles.Administrator && k.RevokedAt == null, cancellationToken);
        if (isLastAdministrator)
        {
            return TypedResults.Conflict(Problem(StatusCodes.Status409Conflict, "Last administrator key",
                "This is the only active administrator key; create another administrator key before revoking it."));
        }

        key.RevokedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };
}
