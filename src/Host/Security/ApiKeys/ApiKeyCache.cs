using System.Collections.Concurrent;
using LaiChau.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Security.ApiKeys;

/// <summary>What a request needs of an active key.</summary>
public sealed record ActiveApiKey(Guid Id, string Name, string Role, IReadOnlyList<string>? JobTypes = null);

/// <summary>
/// Active keys found recently, by hash, so that a busy client's requests do not each query the database. A key
/// revoked on this host stops working at once; one revoked on another host within <see cref="MaxAge"/>. Only keys
/// found are kept, so guessing keys fills nothing.
/// </summary>
public sealed class ApiKeyCache(TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (ActiveApiKey Key, DateTimeOffset FoundAt)> _byHash = new(StringComparer.Ordinal);

    /// <summary>The active key <paramref name="key"/>, or null when it is unknown or revoked.</summary>
    public async Task<ActiveApiKey?> FindAsync(string key, AppDbContext db, CancellationToken ct)
    {
        var hash = ApiKeyRules.Hash(key);
        var id = Convert.ToBase64String(hash);
        var now = clock.GetUtcNow();
        if (_byHash.TryGetValue(id, out var cached) && now - cached.FoundAt < MaxAge)
        {
            return cached.Key;
        }

        var found = await db.ApiKeys.AsNoTracking().Where(k => k.Hash == hash && k.RevokedAt == null)
            .Select(k => new ActiveApiKey(k.Id, k.Name, k.Role, k.JobTypes)).SingleOrDefaultAsync(ct);
        if (found is null)
        {
            _byHash.TryRemove(id, out _);
            return null;
        }

        _byHash[id] = (found, now);
        return found;
    }

    /// <summary>Called after a revocation has committed.</summary>
    public void Forget(Guid keyId)
    {
        foreach (var entry in _byHash.Where(e => e.Value.Key.Id == keyId))
        {
            _byHash.TryRemove(entry);
        }
    }
}
