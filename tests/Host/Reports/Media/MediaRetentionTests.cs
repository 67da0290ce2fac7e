using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Host.Data;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Reports.Media;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Host.Workflows.Timers;
using LaiChau.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Reports.Media;

/// <summary>R10.1: the daily purge deletes the media of reports closed longer than the retention period, and journals it.</summary>
public abstract class MediaRetentionTests : ProviderTestBase
{
    [Fact]
    public async Task R10_1_MediaOfClosedReports_GoAfterTheRetentionPeriod_OpenReportsKeepTheirs()
    {
        // Workers off: the process's own jobs must not change the states this test sets.
        var host = NewHost().With("Reports:Media:RetentionPeriod", "P5M").With("Workflows:Workers:Enabled", "false");
        var world = await ReportWorld.StartAsync(host);
        var shared = MediaSamples.Jpeg(salt: 2);
        var closed = await SubmitAsync(world, MediaSamples.Jpeg(salt: 1));
        var open = await SubmitAsync(world, shared);
        var closedSharing = await SubmitAsync(world, shared); // the same photo as the open report: one blob
        var closedAt = host.Clock.GetUtcNow();
        await CloseAsync(host, closedAt, closed, closedSharing);
        var store = host.Services.GetRequiredService<IMediaStore>();
        var (closedSha, sharedSha) = (await ShaAsync(host, closed), await ShaAsync(host, open));

        host.Clock.SetUtcNow(closedAt.ToOffset(TimeSpan.FromHours(7)).AddMonths(5).AddMinutes(-1));
        await PurgeAsync(host);
        Assert.DoesNotContain(await MediaIntakeTests.MediaRowsAsync(host), m => m.PurgedAt is not null);
        Assert.True(store.Exists(closedSha));

        host.Clock.SetUtcNow(closedAt.ToOffset(TimeSpan.FromHours(7)).AddMonths(5));
        await PurgeAsync(host);

        var rows = await MediaIntakeTests.MediaRowsAsync(host);
        Assert.Equal([(closed, true), (open, false), (closedSharing, true)], rows.Select(m => (m.ReportCode, m.PurgedAt is not null)).ToList());
        Assert.False(store.Exists(closedSha));
        Assert.True(store.Exists(sharedSha));
        var audit = await AuditAsync(host);
        Assert.Equal([closed, closedSharing], audit.Select(a => a.ReportCode).Order(StringComparer.Ordinal).ToList());
        Assert.All(audit, a => Assert.Equal((MediaRetention.Actor, "media-purged"), (a.Actor, a.Action)));
        Assert.Equal(HttpStatusCode.Gone, (await world.Admin.GetAsync(await UrlAsync(world, closed))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.Admin.GetAsync(await UrlAsync(world, open))).StatusCode);

        host.Clock.Advance(TimeSpan.FromDays(365));
        await PurgeAsync(host);
        Assert.Equal(HttpStatusCode.OK, (await world.Admin.GetAsync(await UrlAsync(world, open))).StatusCode);
        Assert.Equal(2, (await AuditAsync(host)).Count); // journalled once
    }

    [Fact]
    public async Task R10_1_TheDefaultPeriod_IsSixMonths_AndTheHookIsTheRealPurge()
    {
        var host = NewHost().With("Workflows:Workers:Enabled", "false");
        var world = await ReportWorld.StartAsync(host);
        var code = await SubmitAsync(world, MediaSamples.Png());
        var closedAt = host.Clock.GetUtcNow();
        await CloseAsync(host, closedAt, code);

        host.Clock.SetUtcNow(closedAt.ToOffset(TimeSpan.FromHours(7)).AddMonths(5).AddDays(20));
        await PurgeAsync(host);
        var kept = Assert.Single(await MediaIntakeTests.MediaRowsAsync(host)).PurgedAt;
        host.Clock.SetUtcNow(closedAt.ToOffset(TimeSpan.FromHours(7)).AddMonths(6));
        await PurgeAsync(host);

        Assert.IsType<MediaRetention>(host.Services.GetRequiredService<IMediaRetentionHook>());
        Assert.Null(kept);
        Assert.NotNull(Assert.Single(await MediaIntakeTests.MediaRowsAsync(host)).PurgedAt);
    }

    private static async Task<string> SubmitAsync(ReportWorld world, byte[] photo) =>
        await MediaIntakeTests.CodeAsync(await MediaIntakeTests.PostAsync(world, "rac-thai", ("a.jpg", "image/jpeg", photo)));

    /// <summary>Stands in for the process's end (its report-state job sets the state and ClosedAt the same way).</summary>
    private static async Task CloseAsync(HostFactory host, DateTimeOffset at, params string[] codes)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var report in await db.Reports.Where(r => codes.Contains(r.Code)).ToListAsync())
        {
            report.State = ReportState.Resolved;
            report.ClosedAt = at;
        }

        await db.SaveChangesAsync();
    }

    private static Task PurgeAsync(HostFactory host) =>
        host.Services.GetRequiredService<IMediaRetentionHook>().PurgeAsync(host.Clock.GetUtcNow(), default);

    private static async Task<string> ShaAsync(HostFactory host, string code) =>
        (await MediaIntakeTests.MediaRowsAsync(host)).Single(m => m.ReportCode == code).Sha256;

    private static async Task<string> UrlAsync(ReportWorld world, string code)
    {
        var item = (await world.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}/media"))[0];
        return $"/api/v1/reports/{code}/media/{item.GetProperty("id").GetGuid()}";
    }

    private static async Task<List<ReportAuditRow>> AuditAsync(HostFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.ReportAudit.AsNoTracking().Where(a => a.Action == ReportAuditActions.MediaPurged).ToListAsync();
    }
}

public sealed class SqliteMediaRetentionTests : MediaRetentionTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresMediaRetentionTests : MediaRetentionTests
{
    public PostgresMediaRetentionTests(PostgresDatabase database) => Postgres = database;
}

/// <summary>R10.1: a retention under 5 months stops the app at start with one line naming the setting.</summary>
public sealed class MediaStartupTests
{
    [Theory]
    [InlineData("P4M")]
    [InlineData("P150D")]
    [InlineData("six months")]
    public async Task R10_1_TooShortARetention_StopsTheApp(string period)
    {
        using var data = new TempDirectory();
        using var host = HostProcess.Start("--Reports:Media:RetentionPeriod", period, "--urls", "http://127.0.0.1:0", "--Storage:DataDirectory", data.Path);

        var exit = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, exit);
        var line = Assert.Single(host.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Reports:Media:RetentionPeriod", line);
    }
}
