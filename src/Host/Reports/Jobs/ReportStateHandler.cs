using LaiChau.Host.Calendar;
using LaiChau.Host.Data;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Reports.Submit;
using LaiChau.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Reports.Jobs;

/// <summary>
/// <c>report-state</c>: keeps the report row — what Open311 and the portal show — in step with its process (state,
/// status notes, lead agency, deadline, result, rating). Idempotent: running it twice writes the same values.
/// </summary>
public sealed class ReportStateHandler(
    IServiceScopeFactory scopes, CalendarSource calendar, TimeProvider clock, IOptions<IntakeOptions> options) : IJobHandler
{
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
        if (job.Text("leadAgency") is { } lead && lead != report.LeadAgency)
        {
            // A new lead agency (transfer R7.5, assignment R7.6) starts its own resolution clock (R7.3).
            report.LeadAgency = lead;
            report.DueAt = (await calendar.GetAsync(ct)).AddWorkingDays(now, options.Value.ResolutionWorkingDays);
            report.Overdue = false;
        }

        if (header == "rated")
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
        _ => throw new MissingJobDataException($"'{header}' is not a report state (in-progress, coordinating, transferred, escalated, rejected, resolved, rated, closed)."),
    };

    private static string Notes(ReportState state, string agencyName, ActivatedJob job) =>
        state == ReportState.Rejected && job.Text("reason") is { } reason
            ? $"{ReportStatusNotes.Of(state, agencyName)} Lý do: {reason}"
            : ReportStatusNotes.Of(state, agencyName);
}
