using System.Net;
using System.Net.Http.Json;
using LaiChau.Host.Reports.Monthly;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using UglyToad.PdfPig;
using static LaiChau.Host.Tests.Reports.ReportSteps;

namespace LaiChau.Host.Tests.Reports;

/// <summary>
/// Issue 17 point 10 (R11.3): the monthly report lists the cases resolved late, late by working days, and the cases not
/// conclusively resolved; it is mailed to the provincial People's Committee and the centre, and published on the
/// statistics page without personal data (and without confidential reports).
/// </summary>
public abstract class MonthlyCaseListReportTests : ProviderTestBase
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Fact]
    public async Task R11_3_MonthlyReportListsLateCasesInWorkingDays()
    {
        await using var smtp = new LoopbackSmtpServer();
        var host = NewHost().WithSmtp(smtp.Port)
            .With("Reports:MonitoringCentre:Email", "soc-ioc@laichau.example")
            .With("Reports:Monthly:Recipients:0", "vanphong@ubnd.laichau.example");
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 9, 0, 0, Vietnam).ToUniversalTime()); // Tuesday
        var world = await ReportWorld.StartAsync(host);
        await OkAsync(world.SetLimitAsync("UBND-03388", 5)); // due Tue 17 Mar
        var late = await StartedAsync(world, f => f.Remove("email"));
        var confidential = await StartedAsync(world, f => f["attribute[confidential]"] = "true");
        var disputed = await ResolvedAsync(world);
        var resubmit = await world.Integration.PostAsJsonAsync($"/api/v1/reports/{disputed}/resubmit",
            new { phone = "0912345678", text = "Ổ gà vẫn còn, tôi không đồng ý với kết quả." });
        Assert.Equal(HttpStatusCode.OK, resubmit.StatusCode);

        await world.AdvanceToAsync(new DateTimeOffset(2026, 3, 20, 10, 0, 0, Vietnam)); // Friday: 3 working days late
        await FinishAsync(world, late);
        await FinishAsync(world, confidential);
        await world.AdvanceToAsync(new DateTimeOffset(2026, 4, 1, 6, 0, 0, Vietnam));
        await host.Services.GetRequiredService<MonthlyReports>().GenerateAsync(new DateOnly(2026, 3, 1), default);
        var statistics = WebUtility.HtmlDecode(await world.Public.GetStringAsync("/thong-ke?thang=2026-03"));

        var mails = smtp.Messages.Where(m => m.Subject?.StartsWith("Báo cáo tháng 03/2026", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(["soc-ioc@laichau.example", "vanphong@ubnd.laichau.example"],
            mails.SelectMany(m => m.To.Mailboxes).Select(m => m.Address).Order(StringComparer.Ordinal));
        var pdf = Text(Pdf(mails[0]));
        Assert.Contains($"{late} ", Section(pdf, "VI. Phản ánh xử lý quá hạn trong tháng", "VII."), StringComparison.Ordinal);
        Assert.Contains("17/03/2026 20/03/2026 3", Section(pdf, "VI. Phản ánh xử lý quá hạn trong tháng", "VII."), StringComparison.Ordinal);
        Assert.Contains(confidential, Section(pdf, "VI. Phản ánh xử lý quá hạn trong tháng", "VII."), StringComparison.Ordinal);
        Assert.Contains(disputed, Section(pdf, "VII. Phản ánh chưa được giải quyết dứt điểm", "VIII."), StringComparison.Ordinal);

        Assert.Contains($"<th scope=\"row\">{late}</th>", statistics, StringComparison.Ordinal);
        Assert.Contains("<td data-days-late>3</td>", statistics, StringComparison.Ordinal);
        Assert.Contains($"<th scope=\"row\">{disputed}</th>", statistics, StringComparison.Ordinal);
        Assert.DoesNotContain(confidential, statistics, StringComparison.Ordinal); // R7.1a
        Assert.DoesNotContain("Nguyễn", statistics, StringComparison.Ordinal); // no personal data (R5.5)
        Assert.DoesNotContain("0912", statistics, StringComparison.Ordinal);
    }

    private static async Task<string> StartedAsync(ReportWorld world, Action<Dictionary<string, string>> change)
    {
        var code = await world.SubmitAsync(change);
        await OkAsync(world.CompleteAsync("an.nguyen", code, "verify", new { outcome = "accept" }));
        await OkAsync(world.CompleteAsync("lan.le", code, "direct", new { instructions = "Xử lý ngay." }));
        return code;
    }

    private static async Task FinishAsync(ReportWorld world, string code)
    {
        await OkAsync(world.CompleteAsync("an.nguyen", code, "record-result", new { result = "Đã vá ổ gà." }));
        await OkAsync(world.CompleteAsync("lan.le", code, "approve-result", new { decision = "approve" }));
    }

    private static byte[] Pdf(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.Attachments.OfType<MimePart>().Single().Content!.DecodeTo(stream);
        return stream.ToArray();
    }

    private static string Section(string text, string heading, string next)
    {
        var start = text.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{heading}' in {text}");
        var end = text.IndexOf(next, start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}

public sealed class SqliteMonthlyCaseListReportTests : MonthlyCaseListReportTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresMonthlyCaseListReportTests : MonthlyCaseListReportTests
{
    public PostgresMonthlyCaseListReportTests(PostgresDatabase database) => Postgres = database;
}
