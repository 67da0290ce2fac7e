using System.Globalization;
using LaiChau.Host.Data;
using LaiChau.Host.Reports.Data;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Time;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Reports.Jobs;

/// <summary>
/// R7.3, special cases (issue 17 point 4): the audit row of the monitoring centre's decision on a deadline extension —
/// who decided (the person who completed the <c>decide-extension</c> form), what and why (decision, new deadline, the
/// provincial leadership's document, the comment). The leader's request is audited when the message is published.
/// </summary>
internal static class ExtensionAudit
{
    /// <summary>The form of the centre's decision: part of the definition's contract (docs/field-report-process.md).</summary>
    public const string DecisionForm = "decide-extension";

    public static async Task AddAsync(AppDbContext db, WorkflowQueries queries, ActivatedJob job, ReportRow report, DateTimeOffset previousDue, TimeProvider clock, CancellationToken ct)
    {
        var decision = job.Text("extensionDecision") ?? throw new MissingJobDataException("An 'extension' state needs the variable extensionDecision.");
        var refused = decision == "refuse";
        var detail = refused
            ? $"refuse: {job.Text("extensionComment")}"
            : $"{decision}: {Day(previousDue)} → {Day(report.DueAt)}; {job.Text("extensionReason")}"
                + (job.Text("extensionDocument") is { } document ? $"; văn bản {document}" : "")
                + (job.Text("extensionComment") is { } comment ? $"; {comment}" : "");
        var action = refused ? ReportAuditActions.ExtensionRefused : ReportAuditActions.Extension;
        if (await db.ReportAudit.AnyAsync(a => a.ReportCode == report.Code && a.Action == action && a.Detail == detail, ct))
        {
            return; // the same job run again
        }

        var tasks = await queries.FindTasksAsync(new TaskQuery(InstanceId: job.InstanceId, State: UserTaskState.Completed, Limit: 200), TaskActor.Administrator("system"), ct);
        var decidedBy = tasks.Items.Where(t => t.FormKey == DecisionForm).OrderByDescending(t => t.EndedAt).Select(t => t.CompletedBy).FirstOrDefault();
        db.ReportAudit.Add(new ReportAuditRow { ReportCode = report.Code, At = clock.GetUtcNow(), Actor = decidedBy ?? "system", Action = action, Detail = detail });
    }

    private static string Day(DateTimeOffset instant) =>
        VietnamTime.Today(instant).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
