using System.Globalization;
using LaiChau.Host.Data;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Workflows.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Reports.Media;

/// <summary>
/// R10.1, run daily by the <c>media-retention</c> recurring job: the media of reports closed (rejected, resolved or
/// closed) longer ago than the retention period are purged — rows marked, each report's purge journalled in
/// <c>report_audit</c> (<c>media-purged</c>) — and blobs no row still needs are deleted. Open reports keep their
/// media whatever their age. Blobs that no row references (a failed intake, a crash) go after a day.
/// </summary>
public sealed partial class MediaRetention(
    IServiceScopeFactory scopes, IMediaStore store, IOptions<MediaOptions> options, ILogger<MediaRetention> logger)
    : IMediaRetentionHook
{
    public const string Actor = "system:media-retention";

    /// <summary>A blob written within this time may belong to an intake whose transaction has not committed yet.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromDays(1);

    private const int BatchSize = 500;

    /// <summary>One purge at a time in this process (the daily job and a manual run); across hosts, the marking is idempotent.</summary>
    private readonly SemaphoreSlim _running = new(1, 1);

    public async Task PurgeAsync(DateTimeOffset now, CancellationToken ct)
    {
        await _running.WaitAsync(ct);
        try
        {
            await PurgeOnceAsync(now, ct);
        }
        finally
        {
            _running.Release();
        }
    }

    private async Task PurgeOnceAsync(DateTimeOffset now, CancellationToken ct)
    {
        var period = options.Value.Retention();
        var closedBefore = period.ClosedBefore(now);
        var (reports, rows, purgedShas) = await MarkPurgedAsync(closedBefore, now, period, ct);
        var deleted = await DeleteUnreferencedAsync(purgedShas, now, ct);
        var swept = await SweepAsync(now, ct);
        LogPurged(logger, rows, reports, deleted, swept);
    }

    /// <summary>Marks the media of long-closed reports purged and journals it, one batch per transaction.</summary>
    private async Task<(int Reports, int Rows, HashSet<string> Shas)> MarkPurgedAsync(
        DateTimeOffset closedBefore, DateTimeOffset now, RetentionPeriod period, CancellationToken ct)
    {
        var (reports, rows, shas) = (0, 0, new HashSet<string>(StringComparer.Ordinal));
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var closed = db.Reports.Where(r => (r.State == ReportState.Rejected || r.State == ReportState.Resolved || r.State == ReportState.Closed || r.State == ReportState.Merged)
                && r.ClosedAt != null && r.ClosedAt <= closedBefore);
            var batch = await db.ReportMedia.AsNoTracking().Where(m => m.PurgedAt == null && closed.Any(r => r.Code == m.ReportCode))
                .OrderBy(m => m.Id).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return (reports, rows, shas);
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var report in batch.GroupBy(m => m.ReportCode, StringComparer.Ordinal))
            {
                // Only rows still unpurged are marked and counted: two purges at once (the daily job on another host,
                // a manual run) journal each file once.
                var ids = report.Select(m => m.Id).ToList();
                var marked = await db.ReportMedia.Where(m => ids.Contains(m.Id) && m.PurgedAt == null)
                    .ExecuteUpdateAsync(u => u.SetProperty(m => m.PurgedAt, now), ct);
                if (marked == 0)
                {
                    continue;
                }

                shas.UnionWith(report.Select(m => m.Sha256));
                db.ReportAudit.Add(new ReportAuditRow
                {
                    ReportCode = report.Key,
                    At = now,
                    Actor = Actor,
                    Action = ReportAuditActions.MediaPurged,
                    Detail = string.Create(CultureInfo.InvariantCulture,
                        $"R10.1: {marked} media file(s) deleted after the retention period of {Describe(period)} from closing."),
                });
                reports++;
                rows += marked;
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
    }

    /// <summary>Deletes the purged blobs that no unpurged row still uses (the same photo on an open report stays).</summary>
    private async Task<int> DeleteUnreferencedAsync(HashSet<string> candidates, DateTimeOffset now, CancellationToken ct)
    {
        var deleted = 0;
        foreach (var chunk in candidates.Chunk(BatchSize))
        {
            var stillUsed = await StillUsedAsync(chunk, ct);
            foreach (var sha in chunk.Where(s => !stillUsed.Contains(s)))
            {
                // Stored again within the grace period: a new intake may be about to reference it; the sweep decides later.
                if (store.WrittenAt(sha) is { } written && written > now - Grace)
                {
                    continue;
                }

                store.Delete(sha);
                deleted++;
            }
        }

        return deleted;
    }

    /// <summary>Blobs older than the grace period that no unpurged row references (a failed intake, an interrupted write).</summary>
    private async Task<int> SweepAsync(DateTimeOffset now, CancellationToken ct)
    {
        var swept = 0;
        foreach (var chunk in store.List().Where(b => b.WrittenAt <= now - Grace).Chunk(BatchSize))
        {
            var stillUsed = await StillUsedAsync([.. chunk.Select(b => b.Sha256)], ct);
            foreach (var blob in chunk.Where(b => !stillUsed.Contains(b.Sha256)))
            {
                store.Delete(blob.Sha256);
                swept++;
            }
        }

        return swept;
    }

    private async Task<HashSet<string>> StillUsedAsync(string[] shas, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return [.. await db.ReportMedia.AsNoTracking().Where(m => m.PurgedAt == null && shas.Contains(m.Sha256))
            .Select(m => m.Sha256).Distinct().ToListAsync(ct)];
    }

    private static string Describe(RetentionPeriod period) =>
        string.Create(CultureInfo.InvariantCulture, $"{period.Months} month(s) {period.Days} day(s)");

    [LoggerMessage(EventId = 6601, Level = LogLevel.Information,
        Message = "Media retention (R10.1): {Rows} media of {Reports} closed report(s) purged, {Deleted} blob(s) deleted, {Swept} unreferenced blob(s) swept")]
    private static partial void LogPurged(ILogger logger, int rows, int reports, int deleted, int swept);
}
