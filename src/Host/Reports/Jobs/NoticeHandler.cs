using LaiChau.Host.Data;
using LaiChau.Host.Mail;
using LaiChau.Host.Notices;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Reports.Letters;
using LaiChau.Host.Security;
using LaiChau.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Reports.Jobs;

/// <summary>
/// <c>notice</c> (issue 6 point 4, issue 17): renders the notice once and, in one transaction, stores it with one
/// delivery per channel the reporter gave (e-mail, SMS), then completes: the <see cref="NoticeDispatcher"/> sends each
/// delivery on its own, so an outage of a channel delays only that channel and never turns the job into an incident.
/// The recipient comes from the encrypted report row, never from process variables (R5.5); a retried job finds the
/// notice it wrote (by job id) instead of writing a second one.
/// </summary>
public sealed partial class NoticeHandler(
    IServiceScopeFactory scopes, NoticeTemplates templates, NoticeTemplateStore store, PersonalData personalData,
    TimeProvider clock, Tracking.TrackingLinks tracking, NoticeDispatcher dispatcher) : IDescribedJobHandler
{
    public JobHandlerDescription Description { get; } = new(
        "Gửi thông báo cho công dân",
        "E-mail và tin nhắn SMS cho người phản ánh (địa chỉ, số điện thoại lấy từ dữ liệu mã hóa của phản ánh, không từ biến quy trình).",
        [new("reportCode", "Mã phản ánh", Required: true, Source: "=reportCode")],
        [new("kind", "Loại thông báo", Required: true, Default: "receipt", Choices: [.. Enum.GetValues<NoticeKind>().Select(NoticeKinds.Name)])]);

    public const string JobType = "notice";

    public string Type => JobType;

    public async Task<JobResult> HandleAsync(ActivatedJob job, CancellationToken ct)
    {
        var kind = Kind(job.Header("kind"));
        var code = job.ReportCode();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.Notices.AnyAsync(n => n.JobId == job.Id, ct))
        {
            return JobResult.Complete(); // written by an earlier run of this job whose completion was lost
        }

        var report = await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, ct)
            ?? throw new MissingJobDataException($"Report {code} does not exist.");
        var agency = job.Text("leadAgency") ?? report.LeadAgency;
        var agencyName = await db.Agencies.AsNoTracking().Where(a => a.Code == agency).Select(a => a.Name).FirstOrDefaultAsync(ct);
        var name = personalData.Unprotect(report.ReporterNameProtected)!;
        var model = new NoticeModel(code, name, report.ReceivedAt, report.DueAt, agencyName ?? agency,
            job.Text("reason"), job.Text("guidance"), job.Text("result"), TrackingUrl: tracking.Url(code), Answer: job.Text("answer"));
        var smsModel = model with { TrackingUrl = await ShortTrackingLinks.UrlAsync(db, tracking, code, ct) };
        var source = await store.FindAsync(kind, ct);
        (RenderedNotice Mail, string Sms) texts = report.StateSecret
            ? (templates.RenderStateSecret(model).Mail, templates.RenderStateSecret(smsModel).Sms)
            : (templates.Render(kind, model, source is null ? null : (source.Subject, source.Text)), templates.RenderSms(kind, smsModel, source?.Sms));

        // R7.1b: no letter goes with a state-secret notice. The letter is issued even when it cannot be e-mailed: the
        // reporter can fetch it by the tracking link.
        Guid? letter = kind == NoticeKind.Result && !report.StateSecret ? await ResultLetterAsync(scope, report, job, ct) : null;
        var notice = new NoticeRow
        {
            Id = Guid.NewGuid(), JobId = job.Id, ReportCode = code, Kind = NoticeKinds.Name(kind), CreatedAt = clock.GetUtcNow(),
            SubjectProtected = personalData.Protect(texts.Mail.Subject)!, TextProtected = personalData.Protect(texts.Mail.Text)!,
            SmsTextProtected = personalData.Protect(texts.Sms)!, PublicText = PublicNoticeText.Of(kind, report, model), LetterId = letter,
        };
        db.Notices.Add(notice);
        var channels = Channels(report);
        foreach (var channel in channels)
        {
            db.NoticeDeliveries.Add(new NoticeDeliveryRow
            {
                Id = Guid.NewGuid(), NoticeId = notice.Id, ReportCode = code, Channel = channel, CreatedAt = notice.CreatedAt,
                NextAttemptAt = notice.CreatedAt, Reference = Random.Shared.Next(1, ushort.MaxValue),
            });
        }

        if (channels.Count == 0)
        {
            db.ReportAudit.Add(new ReportAuditRow { ReportCode = code, At = notice.CreatedAt, Actor = "system", Action = ReportAuditActions.NoticeSkipped, Detail = $"{notice.Kind}: no e-mail address or phone number given" });
        }

        await db.SaveChangesAsync(ct);
        dispatcher.Wake();
        return JobResult.Complete();
    }

    /// <summary>Every channel the reporter gave (issue 17; R5.4: the phone is mandatory, the e-mail optional).</summary>
    private List<string> Channels(ReportRow report)
    {
        var channels = new List<string>();
        if (personalData.Unprotect(report.ReporterEmailProtected) is { Length: > 0 })
        {
            channels.Add(NoticeChannels.Email);
        }

        if (personalData.Unprotect(report.ReporterPhoneProtected) is { Length: > 0 })
        {
            channels.Add(NoticeChannels.Sms);
        }

        return channels;
    }

    /// <summary>The result letter goes with the result (R7.1 steps 4–5); issued once, so a retry attaches the same document.</summary>
    private static async Task<Guid> ResultLetterAsync(AsyncServiceScope scope, ReportRow report, ActivatedJob job, CancellationToken ct)
    {
        var facts = new HandlingFacts(job.Text("result"), job.Text("instructions"));
        return (await scope.ServiceProvider.GetRequiredService<ResultLetters>().GetOrIssueAsync(report, facts, ct)).Id;
    }

    private static NoticeKind Kind(string header) => NoticeKinds.Parse(header) ?? throw new MissingJobDataException(
        $"'{header}' is not a notice kind ({string.Join(", ", Enum.GetValues<NoticeKind>().Select(NoticeKinds.Name))}).");
}
