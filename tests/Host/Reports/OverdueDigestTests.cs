using LaiChau.Host.Reports.Monitoring;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Host.Workflows.Timers;
using LaiChau.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Reports;

/// <summary>R11.1, R12.3: the daily digest of overdue reports to the monitoring centre.</summary>
public abstract class OverdueDigestTests : ProviderTestBase
{
    private static bool Digest(MimeKit.MimeMessage m) => m.Subject?.StartsWith("Phản ánh quá hạn", StringComparison.Ordinal) == true;

    [Fact]
    public async Task The_digest_lists_reports_past_their_deadline_by_agency_and_marks_hidden_ones()
    {
        await using var smtp = new LoopbackSmtpServer();
        var host = NewHost().WithSmtp(smtp.Port)
            .With("Reports:MonitoringCentre:Email", "soc-ioc@laichau.example");
        var world = await ReportWorld.StartAsync(host);
        var late = await world.SubmitAsync();
        Assert.IsType<OverdueDigest>(host.Services.GetRequiredService<IOverdueDigestHook>());

        // Quartz's 07:30 trigger may fire as the clock passes it; the digest mails once a day whoever calls first.
        await world.AdvanceToAsync(new DateTimeOffset(2026, 3, 10, 7, 31, 0, TimeSpan.FromHours(7)));
        await host.Services.GetRequiredService<IOverdueDigestHook>().SendAsync(new DateOnly(2026, 3, 10), default);

        var message = Assert.Single(smtp.Messages.Where(Digest).ToList());
        Assert.Equal("Phản ánh quá hạn ngày 10/03/2026: 1", message.Subject);
        Assert.Contains("Ủy ban nhân dân phường Đoàn Kết (1):", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"- {late}: hạn 09/03/2026 17:00, quá 0 ngày", message.TextBody, StringComparison.Ordinal);
    }
}

public sealed class SqliteOverdueDigestTests : OverdueDigestTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresOverdueDigestTests : OverdueDigestTests
{
    public PostgresOverdueDigestTests(PostgresDatabase database) => Postgres = database;
}
