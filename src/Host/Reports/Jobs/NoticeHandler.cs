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
        var model = new NoticeModel(code, personalData.Unprotect(report.ReporterNameProtected)!, report.ReceivedAt, report.DueAt, agencyName ?? agency,
            job.Text("reason"), job.Text("guidance"), job.Text("result"), TrackingUrl: tracking.Url(code), Answer: job.Text("answer"));
        model = await MergeFactsAsync(db, kind, report, model, ct);
        var source = await store.FindAsync(kind, ct);

        // R7.1b: no letter goes with a state-secret notice. The letter is issued even when it cannot be e-mailed: the
        // reporter can fetch it by the tracking link.
        Guid? letter = kind == NoticeKind.Result && !report.StateSecret ? await ResultLetterAsync(scope, report, job, ct) : null;
        var now = clock.GetUtcNow();
        await AddAsync(db, job, kind, source, report, report, model, letter, now, ct);

        // R5.7: the reporters of the reports merged into this one get each of its notices, under their own report, with
        // this report's rules (state secret, confidential) and without its letter, which is addressed to its reporter.
        var followers = kind == NoticeKind.Merged ? [] : await db.Reports.AsNoTracking()
            .Where(r => r.DuplicateOf == code && r.State == ReportState.Merged).ToListAsync(ct);
        foreach (var follower in followers)
        {
            var theirs = model with { ReporterName = personalData.Unprotect(follower.ReporterNameProtected)!, TrackingUrl = tracking.Url(follower.Code) };
            await AddAsync(db, job, kind, source, follower, report, theirs, null, now, ct);
        }

        await db.SaveChangesAsync(ct);
        dispatcher.Wake();
        return JobResult.Complete();
    }

    /// <summary>One notice to <paramref name="recipient"/>'s reporter about <paramref name="about"/>, with one delivery per channel.</summary>
    private async Task AddAsync(
        AppDbContext db, ActivatedJob job, NoticeKind kind, NoticeSource? source, ReportRow recipient, ReportRow about, NoticeModel model,
        Guid? letter, DateTimeOffset now, CancellationToken ct)
    {
        var smsModel = model with { TrackingUrl = await ShortTrackingLinks.UrlAsync(db, tracking, recipient.Code, ct) };
        (RenderedNotice Mail, string Sms) texts = about.StateSecret || recipient.StateSecret
            ? (templates.RenderStateSecret(model).Mail, templates.RenderStateSecret(smsModel).Sms)
            : (templates.Render(kind, model, source is null ? null : (source.Subject, source.Text)), templates.RenderSms(kind, smsModel, source?.Sms));
        var notice = new NoticeRow
        {
            Id = Guid.NewGuid(), JobId = job.Id, ReportCode = recipient.Code, Kind = NoticeKinds.Name(kind), CreatedAt = now,
            SubjectProtected = personalData.Protect(texts.Mail.Subject)!, TextProtected = personalData.Protect(texts.Mail.Text)!,
            SmsTextProtected = personalData.Protect(texts.Sms)!,
            PublicText = recipient.Confidential || recipient.StateSecret ? null : PublicNoticeText.Of(kind, about, model), LetterId = letter,
        };
        db.Notices.Add(notice);
        var channels = Channels(recipient);
        NoticeDeliveryRows.Add(db, notice, channels);

        if (channels.Count == 0)
        {
            db.ReportAudit.Add(new ReportAuditRow { ReportCode = recipient.Code, At = now, Actor = "system", Action = ReportAuditActions.NoticeSkipped, Detail = $"{notice.Kind}: no e-mail address or phone number given" });
        }
    }

    /// <summary>
    /// R5.7: a merge notice names the original (and the officer's note, when given); a receipt names a report of the same
    /// matter resolved lately and its result — only a public result (never confidential, state-secret or hidden).
    /// </summary>
    private static async Task<NoticeModel> MergeFactsAsync(AppDbContext db, NoticeKind kind, ReportRow report, NoticeModel model, CancellationToken ct)
    {
        if (kind == NoticeKind.Merged)
        {
            return model with { OriginalCode = report.DuplicateOf, Reason = model.Reason is { Length: > 0 } ? model.Reason : null };
        }

        if (kind != NoticeKind.Receipt || report.EarlierResultOf is not { } earlier)
        {
            return model;
        }

        var result = await db.Reports.AsNoTracking().Where(r => r.Code == earlier && !r.Confidential && !r.StateSecret && !r.Hidden)
            .Select(r => r.Result).FirstOrDefaultAsync(ct);
        return result is null ? model : model with { OriginalCode = earlier, Result = result };
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
