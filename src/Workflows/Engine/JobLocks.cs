using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>
/// Fetch-and-lock of jobs for one worker. PostgreSQL skips rows other hosts are locking (<c>FOR UPDATE SKIP LOCKED</c>);
/// SQLite has one writer, and each lock is a conditional update, so two hosts never hold the same job.
/// </summary>
internal static class JobLocks
{
    /// <summary>Up to <paramref name="max"/> fetchable jobs of <paramref name="type"/>, locked with <paramref name="token"/> until <paramref name="expires"/>; their ids.</summary>
    public static Task<List<Guid>> LockAsync(
        DbContext db, string type, string worker, int max, DateTimeOffset now, Guid token, DateTimeOffset expires, CancellationToken ct) =>
        db.IsPostgres()
            ? LockOnPostgresAsync(db, type, worker, max, now, token, expires, ct)
            : LockOnSqliteAsync(db, type, worker, max, now, token, expires, ct);

    private static async Task<List<Guid>> LockOnPostgresAsync(
        DbContext db, string type, string worker, int max, DateTimeOffset now, Guid token, DateTimeOffset expires, CancellationToken ct) =>
        await db.Database.SqlQuery<Guid>($"""
            UPDATE jobs SET "Worker" = {worker}, "LeaseToken" = {token}, "LeaseExpiresAt" = {expires}
            WHERE "Id" IN (
                SELECT "Id" FROM jobs
                WHERE "Type" = {type} AND "Retries" > 0 AND "RunAfter" <= {now}
                  AND ("LeaseExpiresAt" IS NULL OR "LeaseExpiresAt" <= {now})
                ORDER BY "RunAfter", "Id"
                LIMIT {max}
                FOR UPDATE SKIP LOCKED)
            RETURNING "Id" AS "Value"
            """).ToListAsync(ct);

    private static async Task<List<Guid>> LockOnSqliteAsync(
        DbContext db, string type, string worker, int max, DateTimeOffset now, Guid token, DateTimeOffset expires, CancellationToken ct)
    {
        var candidates = await db.Set<JobRow>().AsNoTracking()
            .Where(j => j.Type == type && j.Retries > 0 && j.RunAfter <= now && (j.LeaseExpiresAt == null || j.LeaseExpiresAt <= now))
            .OrderBy(j => j.RunAfter).ThenBy(j => j.Id)
            .Select(j => j.Id)
            .Take(max)
            .ToListAsync(ct);
        var locked = new List<Guid>(candidates.Count);
        foreach (var id in candidates)
        {
            // The condition is checked again by the update itself: whoever updates first holds the lease.
            var taken = await db.Set<JobRow>()
                .Where(j => j.Id == id && j.Retries > 0 && (j.LeaseExpiresAt == null || j.LeaseExpiresAt <= now))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(j => j.Worker, worker)
                    .SetProperty(j => j.LeaseToken, token)
                    .SetProperty(j => j.LeaseExpiresAt, expires), ct);
            if (taken == 1)
            {
                locked.Add(id);
            }
        }

        return locked;
    }
}
