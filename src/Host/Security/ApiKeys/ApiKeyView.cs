namespace LaiChau.Host.Security.ApiKeys;

/// <summary>What the API shows of a key: never the key or its hash.</summary>
public sealed record ApiKeyView(
    Guid Id, string Name, string Role, string Hint, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, IReadOnlyList<string> JobTypes)
{
    public static ApiKeyView Of(ApiKey key) => new(key.Id, key.Name, key.Role, key.Hint, key.CreatedAt, key.RevokedAt, key.JobTypes ?? []);
}
