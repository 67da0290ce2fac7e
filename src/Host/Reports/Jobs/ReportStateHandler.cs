using LaiChau.Host.Data;
using LaiChau.Host.Reports.Data;
using LaiChau.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Reports.Jobs;

/// <summary>
/// <c>report-state</c>: keeps the report row — what Open311 and the portal show — in step with its process (state,
/// status notes, lead agency, deadline, result, rating; an extension of the deadline, R7.3). Idempotent: running it
/// twice writes the same values.
/// </summary>
public sealed class ReportStateHandler(IServiceScopeFactory scopes, TimeProvider clock) : IDescribedJobHandler
{
    public JobHandlerDescription Description { get; } = new(
        "Cập nhật trạng thái phản ánh",
        "Trạng thái, ghi chú, cơ quan chủ trì và hạn giải quyết mà Open311 và cổng thông tin hiển thị.",
        [new("reportCode", "Mã phản ánh", Required: true, Source: "=reportCode")],
        [new("state", "Trạng thái", Required: true, Default: "in-progress",
            Choices: ["in-progress", "coordinating", "transferred", "escalated", "rejected", "resolved", "rated", "extension", "closed", "merged"])]);

    public const string JobType = "report-state";

    public string Type => JobType;

    public async Task<JobResult> HandleAsync(ActivatedJob job, CancellationToken ct)
    {
        var header = job.Header("state");
        var code = job.ReportCode();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var report = await db.Reports.FirstOrDefaultAsync(r => r.Code == code, ct)
            ?? throw new MissingJobDataException($"Report {code} does not exist.");
        var now = clock.GetUtcNow();
        var previousDue = report.DueAt;
        report.LeadAgency = job.Text("leadAgency") ?? report.LeadAgency;
        // The process owns the deadline (resolutionDue of its handling, R7.3): each new round — after a transfer or a
        // re-routing (R7.5), an assignment (R7.6) — gives a new one, and so does an approved extension.
        if (Process.ProcessDeadline.Read(job.Variables) is { } due && due != report.DueAt)
        {
            report.DueAt = due;
            report.Overdue = false;
        }

        if (header == "extension")
        {
            // R7.3, special cases: the deadline moved above (or not, when refused); the state stays, the decision is audited.
            await ExtensionAudit.AddAsync(db, scope.ServiceProvider.GetRequiredService<WorkflowQueries>(), job, report, previousDue, clock, ct);
            if (report.DueAt != previousDue)
            {
                // Before the row is saved: a retry after a failure in between still knows the old deadline.
                await ExtendedTaskDueDates.FollowAsync(scope.ServiceProvider, job.InstanceId, previousDue, report.DueAt, ct);
            }
        }
        else if (header == "rated")
        {
            report.Rating = job.Text("rating") ?? throw new MissingJobDataException("A 'rated' state needs the variable rating.");
        }
        else
        {
            report.State = State(header);
            var agency = await db.Agencies.AsNoTracking().Where(a => a.Code == report.LeadAgency).Select(a => a.Name).FirstOrDefaultAsync(ct);
            report.StatusNotes = Notes(report.State, agency ?? report.LeadAgency, job);
            if (report.State == ReportState.Resolved)
            {
                report.Result = job.Text("result");
            }

            if (report.State == ReportState.Merged)
            {
                // R5.7: the officer named the original in the message; from now on its notices reach this reporter too.
                report.DuplicateOf = job.Text(Staff.MergeMessageRule.OriginalCode)
                    ?? throw new MissingJobDataException($"A 'merged' state needs the variable {Staff.MergeMessageRule.OriginalCode}.");
                report.DuplicateLink = DuplicateLink.Confirmed;
                report.StatusNotes = $"Trùng với phản ánh {report.DuplicateOf}; được gộp để giải quyết cùng phản ánh đó.";
            }

            report.ClosedAt = ReportStatusNotes.IsClosed(report.State) ? report.ClosedAt ?? now : null;
        }

        report.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return JobResult.Complete();
    }

    private static ReportState State(string header) => header switch
    {
        "in-progress" => ReportState.InProgress,
        "coordinating" => ReportState.Coordinating,
        "transferred" => ReportState.Transferred,
        "escalated" => ReportState.Escalated,
        "rejected" => ReportState.Rejected,
        "resolved" => ReportState.Resolved,
        "closed" => ReportState.Closed,
        "merged" => ReportState.Merged,
        _ => throw new MissingJobDataException($"'{header}' is not a report state (in-progress, coordinating, transferred, escalated, rejected, resolved, rated, closed, merged)."),
    };

    private static string Notes(ReportState state, string agencyName, ActivatedJob job) =>
        state == ReportState.Rejected && job.Text("reason") is { } reason
            ? $"{ReportStatusNotes.Of(state, agencyName)} Lý do: {reason}"
            : ReportStatusNotes.Of(state, agencyName);
}
