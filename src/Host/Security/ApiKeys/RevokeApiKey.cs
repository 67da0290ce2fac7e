using LaiChau.Host.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Security.ApiKeys;

/// <summary><c>DELETE /api/v1/api-keys/{id}</c>: revokes a key at once. The last administrator key cannot go.</summary>
public static class RevokeApiKey
{
    public static void Map(RouteGroupBuilder group) => group.MapDelete("{id:guid}", HandleAsync).WithSummary("Revoke a key (the last administrator key cannot be revoked)");

    public static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        Guid id, AppDbContext db, ApiKeyCache keys, TimeProvider clock, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null)
        {
            return TypedResults.Problem($"There is no API key with id {id}.", statusCode: StatusCodes.Status404NotFound, title: "API key not found");
        }

        if (!key.IsActive)
        {
            return TypedResults.NoContent();
        }

        var isLastAdministrator = key.Role == ApiKeyRoles.Administrator &&
            !await db.ApiKeys.AnyAsync(k => k.Id != id && k.Role == ApiKeyRoles.Administrator && k.RevokedAt == null, cancellationToken);
        if (isLastAdministrator)
        {
            return TypedResults.Problem(
                "This is the only active administrator key; create another administrator key before revoking it.",
                statusCode: StatusCodes.Status409Conflict, title: "Last administrator key");
        }

        key.RevokedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        keys.Forget(id);
        return TypedResults.NoContent();
    }
}
