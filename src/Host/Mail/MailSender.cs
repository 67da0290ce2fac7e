using Microsoft.Extensions.Options;
using MimeKit;

namespace LaiChau.Host.Mail;

/// <summary>One notice to one citizen: plain text (always) and HTML (optional), in Vietnamese.</summary>
public sealed record MailMessage(string ToAddress, string? ToName, string Subject, string Text, string? Html = null)
{
    /// <summary>A stable id (e.g. the notice job's id): the same notice sent twice carries the same Message-ID.</summary>
    public string? MessageId { get; init; }

    /// <summary>Documents sent along, e.g. the result letter (R7.1 step 5).</summary>
    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];
}

public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);

public interface IMailSender
{
    /// <summary>Delivers or throws; the notice job turns a failure into a retry, then an incident (nothing is lost).</summary>
    Task SendAsync(MailMessage message, CancellationToken ct);
}

/// <summary>Sends through the configured SMTP server, or writes .eml files when none is configured.</summary>
public sealed class MailSender(IOptions<MailOptions> options, IOptions<Configuration.StorageOptions> storage, TimeProvider clock) : IMailSender
{
    public async Task SendAsync(MailMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mime = Build(message);
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.Smtp.Host))
        {
            await WritePickupFileAsync(mime, ct);
            return;
        }

        using var smtp = await SmtpConnection.OpenAsync(settings.Smtp, settings.Smtp.Timeout, ct);
        await smtp.SendAsync(mime, ct);
        await smtp.DisconnectAsync(quit: true, ct);
    }

    private MimeMessage Build(MailMessage message)
    {
        var settings = options.Value;
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = clock.GetUtcNow(),
            Body = Body(message),
        };
        mime.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        mime.To.Add(new MailboxAddress(message.ToName ?? "", message.ToAddress));
        if (message.MessageId is { } id)
        {
            mime.MessageId = $"{id}@{settings.FromAddress.Split('@')[^1]}";
        }

        return mime;
    }

    private static MimeEntity Body(MailMessage message)
    {
        var body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html };
        foreach (var a in message.Attachments)
        {
            body.Attachments.Add(a.FileName, a.Content, ContentType.Parse(a.ContentType));
        }

        return body.ToMessageBody();
    }

    /// <summary>data/mail/&lt;instant&gt;-&lt;message id&gt;.eml, written whole then renamed (a reader never sees half a file).</summary>
    private async Task WritePickupFileAsync(MimeMessage mime, CancellationToken ct)
    {
        var folder = Path.Combine(storage.Value.DataDirectory, "mail");
        Directory.CreateDirectory(folder);
        var name = $"{clock.GetUtcNow():yyyyMMddTHHmmssfff}-{SafeName(mime.MessageId)}.eml";
        var temporary = Path.Combine(folder, name + ".tmp");
        await using (var file = File.Create(temporary))
        {
            await mime.WriteToAsync(file, ct);
        }

        File.Move(temporary, Path.Combine(folder, name), overwrite: true);
    }

    private static string SafeName(string? id) => id is null ? "message" : string.Concat(id.Where(char.IsAsciiLetterOrDigit)) is { Length: > 0 } safe ? safe[..Math.Min(60, safe.Length)] : "message";
}
