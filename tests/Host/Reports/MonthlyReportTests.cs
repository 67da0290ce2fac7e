using System.Net;
using System.Net.Http.Json;
using LaiChau.Host.Reports.Jobs;
using LaiChau.Host.Reports.Monthly;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace LaiChau.Host.Tests.Reports;

/// <summary>Issue 7 point 4 (R11.3): the monthly report from live data — on demand, and issued and mailed on the 1st.</summary>
public abstract class MonthlyReportTests : ProviderTestBase
{
    private static readonly DateTimeOffset March = new(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task R11_3_The_monitoring_centre_reads_the_month_and_leaders_their_agency_only()
    {
        var world = await SetUpMarchAsync(NewHost());

        var centre = await world.As("soc.officer").GetAsync("/api/v1/monthly-reports/2026-03.pdf");
        var leader = await world.As("lan.le").GetAsync("/api/v1/monthly-reports/2026-03.pdf?agency=UBND-03388");
        var leaderProvince = await world.As("lan.le").GetAsync("/api/v1/monthly-reports/2026-03.pdf");
        var officer = await world.As("an.nguyen").GetAsync("/api/v1/monthly-reports/2026-03.pdf?agency=UBND-03388");
        var future = await world.As("soc.officer").GetAsync("/api/v1/monthly-reports/2027-01.pdf");

        Assert.Equal(HttpStatusCode.OK, centre.StatusCode);
        var text = Text(await centre.Content.ReadAsByteArrayAsync());
        Assert.Contains("PA-2026-000002", text, StringComparison.Ordinal); // open at the end of the month
        Assert.Contains("(dự thảo)", text, StringComparison.Ordinal);
        Assert.Contains("Đoàn Kết", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, leader.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, leaderProvince.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, officer.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
    }

    [Fact]
    public async Task R11_3_On_the_first_the_previous_month_is_issued_once_stored_and_mailed_to_the_centre()
    {
        await using var smtp = new LoopbackSmtpServer();
        var host = NewHost().WithSmtp(smtp.Port)
            .With("Reports:MonitoringCentre:Email", "soc-ioc@laichau.example");
        var world = await SetUpMarchAsync(host);
        var reports = host.Services.GetRequiredService<MonthlyReports>();

        // Before Quartz's own 07:00 trigger: the hook's run for March, then a second run that changes nothing.
        await world.AdvanceToAsync(new DateTimeOffset(2026, 4, 1, 6, 0, 0, TimeSpan.FromHours(7)));
        await reports.GenerateAsync(new DateOnly(2026, 3, 1), default);
        await reports.GenerateAsync(new DateOnly(2026, 3, 1), default);
        var stored = await world.As("soc.officer").GetAsync("/api/v1/monthly-reports/2026-03.pdf");

        var message = Assert.Single(smtp.Messages.Where(m => m.Subject?.StartsWith("Báo cáo tháng", StringComparison.Ordinal) == true).ToList());
        Assert.Contains("03/2026", message.Subject, StringComparison.Ordinal);
        var text = Text(await stored.Content.ReadAsByteArrayAsync());
        Assert.Contains("01/BC-SOC-IOC", text, StringComparison.Ordinal);
        Assert.DoesNotContain("dự thảo", text, StringComparison.Ordinal);
    }

    /// <summary>Two reports in March: the first resolved (by its report-state job), the second still open.</summary>
    private static async Task<ReportWorld> SetUpMarchAsync(HostFactory host)
    {
        host.Clock.SetUtcNow(March.ToUniversalTime());
        var world = await ReportWorld.StartAsync(host);
        var first = await world.SubmitAsync();
        await world.SubmitAsync(f => f["description"] = "Cống thoát nước bị tắc, nước tràn ra đường mỗi khi mưa.");
        host.Clock.Advance(TimeSpan.FromDays(2));
        var state = host.Services.GetServices<IJobHandler>().OfType<ReportStateHandler>().Single();
        await state.HandleAsync(new ActivatedJob(Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.MaxValue, ReportStateHandler.JobType, Guid.NewGuid(), Guid.NewGuid(),
            "state-resolved", 3, new Dictionary<string, string> { ["state"] = "resolved" },
            new Dictionary<string, FeelValue> { ["reportCode"] = FeelValue.String(first), ["result"] = FeelValue.String("Đã vá xong.") }), default);
        return world;
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}

public sealed class SqliteMonthlyReportTests : MonthlyReportTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresMonthlyReportTests : MonthlyReportTests
{
    public PostgresMonthlyReportTests(PostgresDatabase database) => Postgres = database;
}
