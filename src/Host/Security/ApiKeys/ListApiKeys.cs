using LaiChau.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Security.ApiKeys;

/// <summary><c>GET /api/v1/api-keys</c>: every key, newest first, revoked ones included.</summary>
public static class ListApiKeys
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("", HandleAsync).WithSummary("Every key (never the key itself or its hash)");

    public static async Task<IReadOnlyList<ApiKeyView>> HandleAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var keys = await db.ApiKeys.AsNoTracking().ToListAsync(cancellationToken);
        return [.. keys.OrderByDescending(k => k.CreatedAt).ThenBy(k => k.Name, StringComparer.Ordinal).Select(ApiKeyView.Of)];
    }
}
