using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Host.Reports.Jobs;
using LaiChau.Host.Reports.Tracking;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Host.Tests.Reports;
using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Notices;

/// <summary>Issue 17 point 2: every notice is visible where the reporter looks (tracking page, Open311 status_notes).</summary>
public abstract class ReporterNoticesTests : ProviderTestBase
{
    private const string Reason = "Nội dung là khiếu nại, không phải phản ánh hiện trường (R2.1).";
    private const string Guidance = "Gửi đơn khiếu nại đến Bộ phận tiếp công dân của UBND phường.";

    [Fact]
    public async Task R7_2_RejectionNotice_IsWholeByTheSecretLink_AndItsReasonAndGuidanceArePublic()
    {
        await using var smtp = new LoopbackSmtpServer();
        var world = await ReportWorld.StartAsync(NewHost().WithSmtp(smtp.Port));
        var code = await world.SubmitAsync();

        var rejected = await world.CompleteAsync("an.nguyen", code, "verify", new { outcome = "reject", reason = Reason, guidance = Guidance });
        await world.IdleAsync();
        var own = await PageAsync(world, LastHost.Services.GetRequiredService<TrackingLinks>().RelativeUrl(code));
        var byCode = await PageAsync(world, $"/tra-cuu/{code}");
        var open311 = await world.Public.GetFromJsonAsync<JsonElement>($"/open311/v2/requests/{code}.json");

        Assert.True(rejected.IsSuccessStatusCode);
        Assert.Contains("data-notice=\"receipt\"", own, StringComparison.Ordinal);
        Assert.Contains("data-notice=\"rejection\"", own, StringComparison.Ordinal);
        Assert.Contains("Kính gửi Nguyễn Văn An,", own, StringComparison.Ordinal);
        Assert.Contains(Reason, byCode, StringComparison.Ordinal);
        Assert.Contains(Guidance, byCode, StringComparison.Ordinal);
        Assert.DoesNotContain("data-notice=\"receipt\"", byCode, StringComparison.Ordinal); // the receipt has no public part
        Assert.DoesNotContain("Nguyễn Văn An", byCode, StringComparison.Ordinal);
        var notes = open311[0].GetProperty("status_notes").GetString();
        Assert.Contains($"Hướng dẫn gửi lại: {Guidance}", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("Nguyễn Văn An", notes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R7_1b_StateSecretNotices_ShowOnlyThatAnAnswerExists_AndNothingPublic()
    {
        await using var smtp = new LoopbackSmtpServer();
        var world = await ReportWorld.StartAsync(NewHost().WithSmtp(smtp.Port));
        var code = await world.SubmitAsync();
        await world.As("lan.le").PostAsJsonAsync($"/api/v1/reports/{code}/state-secret", new { secret = true, reason = "Liên quan công trình quốc phòng." });
        var handler = LastHost.Services.GetServices<IJobHandler>().OfType<NoticeHandler>().Single();

        await handler.HandleAsync(ResultJob(code), default);
        await world.IdleAsync();
        var own = await PageAsync(world, LastHost.Services.GetRequiredService<TrackingLinks>().RelativeUrl(code));
        var byCode = await world.Public.GetAsync($"/tra-cuu/{code}");

        Assert.Contains("data-notice=\"result\"", own, StringComparison.Ordinal);
        Assert.Contains("Theo quy định về bảo vệ bí mật nhà nước", own, StringComparison.Ordinal);
        Assert.DoesNotContain("vá ổ gà", own, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, byCode.StatusCode);
        using var scope = LastHost.Services.CreateScope();
        Assert.Empty(await ReporterNotices.PublicAsync(scope.ServiceProvider.GetRequiredService<LaiChau.Host.Data.AppDbContext>(), code, default));
    }

    private static ActivatedJob ResultJob(string code) => new(
        Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.MaxValue, NoticeHandler.JobType, Guid.NewGuid(), Guid.NewGuid(), "notice-result", 3,
        new Dictionary<string, string> { ["kind"] = "result" },
        new Dictionary<string, FeelValue>
        {
            ["reportCode"] = FeelValue.String(code),
            ["leadAgency"] = FeelValue.String("UBND-03388"),
            ["result"] = FeelValue.String("Đã vá ổ gà và cắm biển cảnh báo trong ngày."),
        });

    /// <summary>A page's HTML with its character references decoded (Razor writes Vietnamese letters as references).</summary>
    private static async Task<string> PageAsync(ReportWorld world, string path) =>
        WebUtility.HtmlDecode(await world.Public.GetStringAsync(path));
}

public sealed class SqliteReporterNoticesTests : ReporterNoticesTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresReporterNoticesTests : ReporterNoticesTests
{
    public PostgresReporterNoticesTests(PostgresDatabase database) => Postgres = database;
}
