using LaiChau.Host.Mail;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace LaiChau.Host.Tests.Mail;

/// <summary>Issue 6 point 4: notices by e-mail — a real SMTP server on loopback, or .eml files by default.</summary>
public sealed class MailTests : ProviderTestBase
{
    private static readonly NoticeModel Report = new(
        "PA-2026-000042", "Lò Văn Páo", new DateTimeOffset(2026, 3, 6, 9, 30, 0, TimeSpan.FromHours(7)),
        DueAt: new DateTimeOffset(2026, 3, 13, 17, 0, 0, TimeSpan.FromHours(7)), AgencyName: "Ủy ban nhân dân phường Đoàn Kết");

    [Fact]
    public async Task Notice_SentThroughSmtp_ArrivesWithItsVietnameseText()
    {
        await using var smtp = new LoopbackSmtpServer();
        var host = NewHost().WithSmtp(smtp.Port);
        var notice = host.Services.GetRequiredService<NoticeTemplates>().Render(NoticeKind.Receipt, Report);

        await host.Services.GetRequiredService<IMailSender>().SendAsync(new MailMessage("pao.lo@example.com", "Lò Văn Páo", notice.Subject, notice.Text) { MessageId = "job-1" }, default);

        var message = Assert.Single(smtp.Messages);
        Assert.Equal("Đã tiếp nhận phản ánh PA-2026-000042", message.Subject);
        Assert.Equal("pao.lo@example.com", message.To.Mailboxes.Single().Address);
        Assert.StartsWith("job-1@", message.MessageId, StringComparison.Ordinal);
        Assert.Contains("Thời hạn giải quyết: trước 13/03/2026 17:00.", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutSmtp_TheNoticeIsWrittenAsAnEmlFile()
    {
        var host = NewHost();
        var notice = host.Services.GetRequiredService<NoticeTemplates>().Render(NoticeKind.Rejection, Report with { Reason = "Nội dung là khiếu nại (R2.1).", Guidance = "Gửi đơn khiếu nại đến bộ phận tiếp dân." });

        await host.Services.GetRequiredService<IMailSender>().SendAsync(new MailMessage("pao.lo@example.com", null, notice.Subject, notice.Text), default);

        var file = Assert.Single(Directory.GetFiles(Path.Combine(host.DataDirectory, "mail"), "*.eml"));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Contains("Lý do: Nội dung là khiếu nại (R2.1).", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Hướng dẫn gửi lại phản ánh: Gửi đơn khiếu nại", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SmtpServerDown_TheSendFails_SoTheNoticeJobRetries()
    {
        var host = NewHost().WithSmtp(LoopbackPorts.Free());

        await Assert.ThrowsAnyAsync<Exception>(() =>
            host.Services.GetRequiredService<IMailSender>().SendAsync(new MailMessage("pao.lo@example.com", null, "x", "y"), default));
    }

    [Theory]
    [InlineData(NoticeKind.Receipt, "Đã tiếp nhận")]
    [InlineData(NoticeKind.Rejection, "không được tiếp nhận")]
    [InlineData(NoticeKind.Transfer, "đã được chuyển")]
    [InlineData(NoticeKind.StillHandling, "đang được giải quyết")]
    [InlineData(NoticeKind.Result, "Kết quả giải quyết")]
    [InlineData(NoticeKind.RateRequest, "Mời đánh giá")]
    public void EveryNotice_RendersInVietnamese_WithNothingLeftUnfilled(NoticeKind kind, string subject)
    {
        var notice = new NoticeTemplates().Render(kind, Report with { Reason = "r", Result = "Đã sửa xong đèn." });

        Assert.Contains(subject, notice.Subject, StringComparison.Ordinal);
        Assert.Contains("PA-2026-000042", notice.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", notice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("{%", notice.Text, StringComparison.Ordinal);
        Assert.Contains("Kính gửi Lò Văn Páo,", notice.Text, StringComparison.Ordinal);
    }
}
