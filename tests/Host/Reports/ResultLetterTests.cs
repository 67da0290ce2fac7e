using System.Net;
using System.Net.Http.Json;
using LaiChau.Host.Reports.Jobs;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using UglyToad.PdfPig;

namespace LaiChau.Host.Tests.Reports;

/// <summary>Issue 7 point 4 (R7.1 steps 4–5): the result notice carries the result letter, issued once.</summary>
public abstract class ResultLetterTests : ProviderTestBase
{
    [Fact]
    public async Task The_result_notice_attaches_the_letter_and_a_retry_sends_the_same_document()
    {
        await using var smtp = new LoopbackSmtpServer();
        var world = await ReportWorld.StartAsync(NewHost().WithSmtp(smtp.Port));
        var code = await world.SubmitAsync(f => f.Remove("email"));
        var handler = LastHost.Services.GetServices<IJobHandler>().OfType<NoticeHandler>().Single();

        var missing = await world.As("an.nguyen").GetAsync($"/api/v1/reports/{code}/letter.pdf");
        await handler.HandleAsync(ResultJob(code), default);
        var pdf = await world.As("an.nguyen").GetAsync($"/api/v1/reports/{code}/letter.pdf");
        var otherAgency = await world.As("minh.do").GetAsync($"/api/v1/reports/{code}/letter.pdf");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, otherAgency.StatusCode);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains(code, text, StringComparison.Ordinal);
        Assert.Contains("01/TB-UBND-03388", text, StringComparison.Ordinal);
        Assert.Contains("vá", text, StringComparison.Ordinal);
        Assert.Contains("PHƯỜNG", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reporter_with_an_email_receives_the_letter_and_a_retried_job_sends_it_once()
    {
        await using var smtp = new LoopbackSmtpServer();
        var world = await ReportWorld.StartAsync(NewHost().WithSmtp(smtp.Port));
        var code = await world.SubmitAsync();
        var handler = LastHost.Services.GetServices<IJobHandler>().OfType<NoticeHandler>().Single();

        var job = ResultJob(code);
        await handler.HandleAsync(job, default);
        await handler.HandleAsync(job, default); // a lease ran out: the same job again (issue 17: it finds its notice)
        await world.IdleAsync();

        var result = Assert.Single(smtp.Messages, m => m.Subject?.StartsWith("Kết quả giải quyết", StringComparison.Ordinal) == true);
        var letter = result.Attachments.OfType<MimePart>().Single();
        Assert.Equal($"ket-qua-{code}.pdf", letter.FileName);
        Assert.NotEmpty(Bytes(letter));
    }

    /// <summary>R7.1b: about a state-secret report only that an answer exists and where to obtain it; no result, no letter.</summary>
    [Fact]
    public async Task R7_1b_StateSecretResultNotice_CarriesNoContentAndNoLetter()
    {
        await using var smtp = new LoopbackSmtpServer();
        var world = await ReportWorld.StartAsync(NewHost().WithSmtp(smtp.Port));
        var code = await world.SubmitAsync();
        var marked = await world.As("lan.le").PostAsJsonAsync($"/api/v1/reports/{code}/state-secret", new { secret = true, reason = "Liên quan công trình quốc phòng." });
        var handler = LastHost.Services.GetServices<IJobHandler>().OfType<NoticeHandler>().Single();

        await handler.HandleAsync(ResultJob(code), default);
        await world.IdleAsync();

        Assert.True(marked.IsSuccessStatusCode);
        var notice = smtp.Messages.Last();
        Assert.Equal($"Thông báo về phản ánh {code}", notice.Subject);
        Assert.Contains("liên hệ trực tiếp Ủy ban nhân dân phường Đoàn Kết", notice.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("vá ổ gà", notice.TextBody, StringComparison.Ordinal);
        Assert.Empty(notice.Attachments);
    }

    private static ActivatedJob ResultJob(string code) => new(
        Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.MaxValue, NoticeHandler.JobType, Guid.NewGuid(), Guid.NewGuid(), "notice-result", 3,
        new Dictionary<string, string> { ["kind"] = "result" },
        new Dictionary<string, FeelValue>
        {
            ["reportCode"] = FeelValue.String(code),
            ["leadAgency"] = FeelValue.String("UBND-03388"),
            ["result"] = FeelValue.String("Đã vá ổ gà và cắm biển cảnh báo trong ngày."),
            ["instructions"] = FeelValue.String("Giao đội công trình xử lý ngay."),
        });

    private static byte[] Bytes(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return stream.ToArray();
    }
}

public sealed class SqliteResultLetterTests : ResultLetterTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresResultLetterTests : ResultLetterTests
{
    public PostgresResultLetterTests(PostgresDatabase database) => Postgres = database;
}
