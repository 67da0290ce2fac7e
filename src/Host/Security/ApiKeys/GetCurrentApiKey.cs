using System.Security.Claims;
using LaiChau.Host.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Security.ApiKeys;

/// <summary><c>GET /api/v1/api-keys/current</c>: lets any client check which key it is using.</summary>
public static class GetCurrentApiKey
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("current", HandleAsync).WithSummary("The key you are using");

    public static async Task<Results<Ok<ApiKeyView>, UnauthorizedHttpResult>> HandleAsync(
        ClaimsPrincipal user, AppDbContext db, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
        {
            return TypedResults.Unauthorized();
        }

        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        return key is null ? TypedResults.Unauthorized() : TypedResults.Ok(ApiKeyView.Of(key));
    }
}
