using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Host.Notices;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;

namespace LaiChau.Host.Tests.Reports;

/// <summary>Issue 6 point 4: notices are jobs — received by a real SMTP server, editable texts, an outage loses nothing.</summary>
public abstract class NoticeTests : ProviderTestBase
{
    [Fact]
    public async Task Receipt_notice_reaches_the_reporter_with_code_and_deadline_and_is_journalled()
    {
        await using var smtp = new LoopbackSmtpServer();
        var world = await ReportWorld.StartAsync(NewHost().WithSmtp(smtp.Port));

        var code = await world.SubmitAsync();
        var audit = await world.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}/audit");

        var message = Assert.Single(smtp.Messages);
        Assert.Equal("an.nguyen@example.vn", message.To.Mailboxes.Single().Address);
        Assert.Equal($"Đã tiếp nhận phản ánh {code}", message.Subject);
        Assert.Contains("Kính gửi Nguyễn Văn An,", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Cơ quan chủ trì giải quyết: Ủy ban nhân dân phường Đoàn Kết.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains(audit.EnumerateArray(), a => a.GetProperty("action").GetString() == "notice-sent" && a.GetProperty("detail").GetString() == "receipt");
    }

    [Fact]
    public async Task Without_an_email_address_no_mail_is_sent_and_the_sms_still_goes()
    {
        await using var smtp = new LoopbackSmtpServer();
        var world = await ReportWorld.StartAsync(NewHost().WithSmtp(smtp.Port));

        var code = await world.SubmitAsync(f => f.Remove("email"));
        var audit = await world.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}/audit");

        Assert.Empty(smtp.Messages);
        // No SMSC configured: the SMS is written under data/sms (issue 17).
        Assert.Contains(code, File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(LastHost.DataDirectory, "sms")))), StringComparison.Ordinal);
        Assert.Contains(audit.EnumerateArray(), a => a.GetProperty("action").GetString() == "notice-sent");
    }

    [Fact]
    public async Task An_smtp_outage_delays_the_notice_and_the_retry_delivers_it()
    {
        var port = LoopbackPorts.Free();
        var world = await ReportWorld.StartAsync(NewHost().WithSmtp(port));
        var code = await world.SubmitAsync(); // the server is down: the notice job fails and waits

        await using var smtp = new LoopbackSmtpServer(port);
        Assert.Empty(smtp.Messages);
        await world.AdvanceToAsync(LastHost.Clock.GetUtcNow() + new NoticeRetryOptions().FirstDelay);

        var message = Assert.Single(smtp.Messages);
        Assert.Equal($"Đã tiếp nhận phản ánh {code}", message.Subject);
        Assert.Empty((await world.Admin.GetFromJsonAsync<JsonElement>("/api/v1/incidents")).EnumerateArray());
    }

    [Fact]
    public async Task Administrators_edit_a_notice_text_and_a_broken_template_is_refused()
    {
        await using var smtp = new LoopbackSmtpServer();
        var world = await ReportWorld.StartAsync(NewHost().WithSmtp(smtp.Port));

        var broken = await world.Admin.PutAsJsonAsync("/api/v1/notice-templates/receipt", new { subject = "Mã {{ ReportCode ", text = "x" });
        var officer = await world.As("an.nguyen").PutAsJsonAsync("/api/v1/notice-templates/receipt", new { subject = "A", text = "B" });
        var edited = await world.Admin.PutAsJsonAsync("/api/v1/notice-templates/receipt",
            new { subject = "Lai Châu đã nhận phản ánh {{ ReportCode }}", text = "Xin chào {{ ReporterName }}." });
        var code = await world.SubmitAsync();
        var reset = await world.Admin.DeleteAsync("/api/v1/notice-templates/receipt");
        var list = await world.Admin.GetFromJsonAsync<JsonElement>("/api/v1/notice-templates");

        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, officer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var message = Assert.Single(smtp.Messages);
        Assert.Equal($"Lai Châu đã nhận phản ánh {code}", message.Subject);
        Assert.Equal("Xin chào Nguyễn Văn An.", message.TextBody?.Trim());
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.False(list.EnumerateArray().Single(t => t.GetProperty("kind").GetString() == "receipt").GetProperty("custom").GetBoolean());
        Assert.Equal(10, list.GetArrayLength()); // with the extension (R7.3), merged (R5.7) and urgent-alert (R2.2, to staff) notices
    }
}

public sealed class SqliteNoticeTests : NoticeTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresNoticeTests : NoticeTests
{
    public PostgresNoticeTests(PostgresDatabase database) => Postgres = database;
}
