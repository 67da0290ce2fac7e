using LaiChau.Host.Data;
using LaiChau.Host.Reports.Data;
using LaiChau.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Reports.Jobs;

/// <summary>
/// <c>alert</c>: puts a report on the watch list of the agency concerned and of the monitoring centre (R11.1, R12.3) —
/// late verification, late, delayed or skipped coordination (R7.4), overdue, transfer, urgent, escalation, a late
/// assignment by the People's Committee (R7.6), a clarification unanswered when the feedback window closed (R8.1).
/// One row per job: a job run twice alerts once.
/// </summary>
public sealed partial class AlertHandler(
    IServiceScopeFactory scopes, TimeProvider clock, UrgentAlertNotices urgentNotices, Notices.NoticeDispatcher dispatcher, ILogger<AlertHandler> logger)
    : IDescribedJobHandler
{
    public JobHandlerDescription Description { get; } = new(
        "Cảnh báo cho Trung tâm giám sát",
        "Đưa phản ánh vào danh sách theo dõi của cơ quan và Trung tâm giám sát (R11.1, R12.3).",
        [new("reportCode", "Mã phản ánh", Required: true, Source: "=reportCode")],
        [new("kind", "Loại cảnh báo", Required: true, Default: "overdue", Choices: [.. Kinds.Order(StringComparer.Ordinal)])]);

    public const string JobType = "alert";

    private static readonly HashSet<string> Kinds =
        ["verify-late", "coordination-late", "coordination-delayed", "coordination-skipped", "overdue", "transfer", "urgent", "escalated",
            "assign-late", "clarification-late"];

    public string Type => JobType;

    public async Task<JobResult> HandleAsync(ActivatedJob job, CancellationToken ct)
    {
        // R2.2: urgent alerts carry channels = "email,sms" and, when repeated hourly until the leader's task is claimed,
        // repeat = "until-claimed". Each repetition is its own row on the watch list and goes again, by those channels,
        // to the lead agency's leaders and the monitoring centre's staff (UrgentAlertNotices), in the same save.
        var kind = job.Header("kind");
        if (!Kinds.Contains(kind))
        {
            throw new MissingJobDataException($"'{kind}' is not an alert kind ({string.Join(", ", Kinds)}).");
        }

        var code = job.ReportCode();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.ReportAlerts.AnyAsync(a => a.JobId == job.Id, ct))
        {
            return JobResult.Complete();
        }

        // A coordinating agency's lateness is that agency's (R7.4); everything else is the lead agency's.
        var agency = (kind.StartsWith("coordination", StringComparison.Ordinal) ? job.Text("coordinatingAgency") : null)
            ?? job.Text("leadAgency") ?? "SOC-IOC";
        var now = clock.GetUtcNow();
        db.ReportAlerts.Add(new ReportAlertRow { ReportCode = code, Agency = agency, Kind = kind, At = now, JobId = job.Id });
        var channels = UrgentAlertNotices.Channels(job);
        var alerted = 0;
        if (channels.Count > 0 && await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, ct) is { } report)
        {
            alerted = await urgentNotices.AddAsync(db, job, report, job.Text("leadAgency") ?? report.LeadAgency, channels, now, ct);
        }

        if (kind == "overdue")
        {
            await db.Reports.Where(r => r.Code == code).ExecuteUpdateAsync(s => s.SetProperty(r => r.Overdue, true), ct);
        }

        await db.SaveChangesAsync(ct);
        if (alerted > 0)
        {
            dispatcher.Wake();
        }

        LogAlert(logger, kind, code, agency, alerted);
        return JobResult.Complete();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Alert {Kind} for report {Code} at {Agency}; {Alerted} staff members sent it by e-mail or SMS")]
    private static partial void LogAlert(ILogger logger, string kind, string code, string agency, int alerted);
}
