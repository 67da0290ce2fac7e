using LaiChau.Host.Data;
using LaiChau.Host.Mail;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Reports.Letters;
using LaiChau.Host.Security;
using LaiChau.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Reports.Jobs;

/// <summary>
/// <c>notice</c> (issue 6 point 4): e-mails the reporter. The address comes from the encrypted report row, never
/// from process variables (R5.5). An SMTP failure fails the job, which the engine retries with back-off and then
/// turns into an incident: an outage delays notices but loses none. The Message-ID is the job's, so a retried
/// send is recognisably the same message. Every notice sent or skipped (no e-mail given) is journalled. Notices carry
/// the reporter's secret tracking link (<c>TrackingUrl</c>, R8).
/// </summary>
public sealed partial class NoticeHandler(
    IServiceScopeFactory scopes, IMailSender mail, NoticeTemplates templates, NoticeTemplateStore store, PersonalData personalData,
    TimeProvider clock, Tracking.TrackingLinks tracking, ILogger<NoticeHandler> logger) : IDescribedJobHandler
{
    public JobHandlerDescription Description { get; } = new(
        "Gửi thông báo cho công dân",
        "E-mail cho người phản ánh (địa chỉ lấy từ dữ liệu mã hóa của phản ánh, không từ biến quy trình).",
        [new("reportCode", "Mã phản ánh", Required: true, Source: "=reportCode")],
        [new("kind", "Loại thông báo", Required: true, Default: "receipt", Choices: [.. Enum.GetValues<NoticeKind>().Select(NoticeKinds.Name)])]);

    public const string JobType = "notice";

    /// <summary>How long an SMTP failure waits before the next attempt.</summary>
    public static readonly TimeSpan RetryBackoff = TimeSpan.FromMinutes(2);

    public string Type => JobType;

    public async Task<JobResult> HandleAsync(ActivatedJob job, CancellationToken ct)
    {
        var kind = Kind(job.Header("kind"));
        var code = job.ReportCode();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var report = await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, ct)
            ?? throw new MissingJobDataException($"Report {code} does not exist.");
        // The letter is issued even when it cannot be e-mailed: the reporter can fetch it by the tracking link.
        var attachments = kind == NoticeKind.Result ? await ResultLetterAsync(scope, report, job, ct) : [];
        var email = personalData.Unprotect(report.ReporterEmailProtected);
        if (email is null)
        {
            await JournalAsync(db, code, ReportAuditActions.NoticeSkipped, $"{job.Header("kind")}: no e-mail address given", ct);
            return JobResult.Complete();
        }

        var agency = job.Text("leadAgency") ?? report.LeadAgency;
        var agencyName = await db.Agencies.AsNoTracking().Where(a => a.Code == agency).Select(a => a.Name).FirstOrDefaultAsync(ct);
        var name = personalData.Unprotect(report.ReporterNameProtected)!;
        var notice = templates.Render(kind, new NoticeModel(
            code, name, report.ReceivedAt, report.DueAt, agencyName ?? agency,
            job.Text("reason"), job.Text("guidance"), job.Text("result"), TrackingUrl: tracking.Url(code), Answer: job.Text("answer")),
            await store.FindAsync(kind, ct));
        try
        {
            await mail.SendAsync(new MailMessage(email, name, notice.Subject, notice.Text) { MessageId = job.Id.ToString(), Attachments = attachments }, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The exception text of an SMTP client can quote the recipient: only its type is kept (R5.5).
            LogSendFailed(logger, e.GetType().Name, code);
            return JobResult.Fail($"The e-mail could not be sent ({e.GetType().Name}); retrying.", RetryBackoff);
        }

        await JournalAsync(db, code, ReportAuditActions.NoticeSent, job.Header("kind"), ct);
        return JobResult.Complete();
    }

    /// <summary>The result letter goes with the result (R7.1 steps 4–5); issued once, so a retry attaches the same document.</summary>
    private static async Task<IReadOnlyList<MailAttachment>> ResultLetterAsync(AsyncServiceScope scope, ReportRow report, ActivatedJob job, CancellationToken ct)
    {
        var facts = new HandlingFacts(job.Text("result"), job.Text("instructions"));
        var letter = await scope.ServiceProvider.GetRequiredService<ResultLetters>().GetOrIssueAsync(report, facts, ct);
        return [new MailAttachment($"ket-qua-{report.Code}.pdf", "application/pdf", letter.Pdf)];
    }

    private async Task JournalAsync(AppDbContext db, string code, string action, string detail, CancellationToken ct)
    {
        db.ReportAudit.Add(new ReportAuditRow { ReportCode = code, At = clock.GetUtcNow(), Actor = "system", Action = action, Detail = detail });
        await db.SaveChangesAsync(ct);
    }

    private static NoticeKind Kind(string header) => NoticeKinds.Parse(header) ?? throw new MissingJobDataException(
        $"'{header}' is not a notice kind ({string.Join(", ", Enum.GetValues<NoticeKind>().Select(NoticeKinds.Name))}).");

    [LoggerMessage(Level = LogLevel.Warning, Message = "The notice for report {Code} could not be sent ({Exception}); the job will be retried")]
    private static partial void LogSendFailed(ILogger logger, string exception, string code);
}
