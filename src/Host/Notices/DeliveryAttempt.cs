using LaiChau.Host.Data;
using LaiChau.Host.Mail;
using LaiChau.Host.Notices.Sms;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Reports.Intake;
using LaiChau.Host.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Notices;

/// <summary>
/// One try of one delivery: read the recipient from the encrypted report row (R5.5), send, and record the outcome in
/// one update — sent with the provider's ids, or the next try after an exponential back-off. Only the exception's type
/// is kept or logged: an SMTP or SMPP error text can quote the address or number (R5.5).
/// </summary>
public sealed partial class DeliveryAttempt(
    IServiceScopeFactory scopes, IMailSender mail, ISmsSender sms, PersonalData personalData, TimeProvider clock,
    IOptions<NoticeRetryOptions> options, ILogger<DeliveryAttempt> logger)
{
    public async Task RunAsync(Guid deliveryId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var delivery = await db.NoticeDeliveries.FirstAsync(d => d.Id == deliveryId, ct);
        var notice = await db.Notices.AsNoTracking().FirstAsync(n => n.Id == delivery.NoticeId, ct);
        var report = await db.Reports.AsNoTracking().FirstAsync(r => r.Code == delivery.ReportCode, ct);
        Exception? failure = null;
        try
        {
            var recipient = await NoticeRecipient.ReadAsync(db, personalData, notice, report, ct);
            if (delivery.Channel == NoticeChannels.Email)
            {
                await SendEmailAsync(db, delivery, notice, report, recipient, ct);
            }
            else
            {
                await SendSmsAsync(db, delivery, notice, recipient, ct);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            failure = e;
        }

        var now = clock.GetUtcNow();
        delivery.Attempts++;
        delivery.LeaseUntil = null;
        if (failure is null)
        {
            (delivery.State, delivery.SentAt, delivery.LastError) = (DeliveryStates.Sent, now, null);
            if (!await db.NoticeDeliveries.AnyAsync(d => d.NoticeId == notice.Id && d.State == DeliveryStates.Sent, ct))
            {
                // One journal line per notice (the tracking page lists notices, not channels).
                Journal(db, report.Code, now, ReportAuditActions.NoticeSent, notice.Kind);
            }
        }
        else
        {
            Failed(db, delivery, notice, failure, now);
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task SendEmailAsync(
        AppDbContext db, NoticeDeliveryRow delivery, NoticeRow notice, Reports.Data.ReportRow report, NoticeRecipient recipient, CancellationToken ct)
    {
        var address = recipient.Email ?? throw new InvalidOperationException("The e-mail address is gone.");
        var letter = notice.LetterId is { } id ? await db.ReportLetters.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, ct) : null;
        IReadOnlyList<MailAttachment> attachments = letter is null ? [] : [new MailAttachment($"ket-qua-{report.Code}.pdf", "application/pdf", letter.Pdf)];
        // The delivery's id is the Message-ID: a retried send is recognisably the same message.
        await mail.SendAsync(new MailMessage(address, recipient.Name, personalData.Unprotect(notice.SubjectProtected)!,
            personalData.Unprotect(notice.TextProtected)!) { MessageId = delivery.Id.ToString("N"), Attachments = attachments }, ct);
        delivery.PartsAccepted = 1;
    }

    private async Task SendSmsAsync(AppDbContext db, NoticeDeliveryRow delivery, NoticeRow notice, NoticeRecipient recipient, CancellationToken ct)
    {
        var phone = recipient.Phone ?? throw new InvalidOperationException("The phone number is gone.");
        var message = new SmsMessage(PhoneNumbers.Normalize(phone) ?? phone, personalData.Unprotect(notice.SmsTextProtected)!, (ushort)delivery.Reference, delivery.PartsAccepted);
        try
        {
            Accepted(db, delivery, (await sms.SendAsync(message, ct)).MessageIds);
        }
        catch (SmsSendException e)
        {
            // The parts the SMSC took are recorded with the failure: the retry goes on from the next part.
            Accepted(db, delivery, e.AcceptedIds);
            throw;
        }
    }

    private static void Accepted(AppDbContext db, NoticeDeliveryRow delivery, IReadOnlyList<string> ids)
    {
        foreach (var id in ids)
        {
            db.SmsParts.Add(new SmsPartRow { DeliveryId = delivery.Id, Part = ++delivery.PartsAccepted, MessageId = id });
        }
    }

    private void Failed(AppDbContext db, NoticeDeliveryRow delivery, NoticeRow notice, Exception failure, DateTimeOffset now)
    {
        var settings = options.Value;
        delivery.LastError = failure.GetType().Name;
        delivery.NextAttemptAt = now + settings.DelayAfter(delivery.Attempts);
        LogFailed(logger, delivery.Channel, delivery.ReportCode, failure.GetType().Name, delivery.Attempts, delivery.NextAttemptAt);
        if (delivery.IncidentAt is null && now - delivery.CreatedAt >= settings.IncidentAfter)
        {
            // The outage is made visible (health, journal, case page) while the retries go on.
            delivery.IncidentAt = now;
            Journal(db, delivery.ReportCode, now, ReportAuditActions.NoticeDelayed, $"{notice.Kind} ({delivery.Channel}): {failure.GetType().Name}");
        }

        if (now - delivery.CreatedAt >= settings.Horizon)
        {
            delivery.State = DeliveryStates.Expired;
            Journal(db, delivery.ReportCode, now, ReportAuditActions.NoticeExpired, $"{notice.Kind} ({delivery.Channel})");
        }
    }

    private static void Journal(AppDbContext db, string code, DateTimeOffset at, string action, string detail) =>
        db.ReportAudit.Add(new ReportAuditRow { ReportCode = code, At = at, Actor = "system", Action = action, Detail = detail });

    [LoggerMessage(EventId = 4302, Level = LogLevel.Warning, Message = "The {Channel} notice for report {Code} could not be sent ({Exception}, attempt {Attempts}); next try at {NextAttemptAt:O}")]
    private static partial void LogFailed(ILogger logger, string channel, string code, string exception, int attempts, DateTimeOffset nextAttemptAt);
}
