using LaiChau.Host.Data;
using LaiChau.Host.ReferenceData;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Workflows.Messages;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Reports.Staff;

/// <summary>Why a re-routing was not done; each surface words it in its own language.</summary>
public enum RerouteRefusal
{
    None,
    NotMonitoringCentre,
    ReasonMissing,
    AgencyUnknown,
    AgencyNotReady,
    SameAgency,
    HasResult,
    AwaitingAssignment,
    VersionWithoutRerouting,
    NotWaiting,
}

/// <summary>
/// R7.5: the monitoring centre adjusts the routing of a report at any step of its handling. The process decides what
/// that means (message <c>report-reroute</c> in <c>workflows/field-report.bpmn</c>: the handling stops and starts again
/// at the new agency, its deadline counted from the re-routing (Art. 7.3), the reporter told); here the request is checked and published, and the
/// message's rule (<see cref="RerouteMessageRule"/>) checks it again and audits it whichever route it took.
/// Shared by <c>POST /api/v1/reports/{code}/reroute</c> and the case page.
/// </summary>
public static class ReportRerouting
{
    public const string MessageName = "report-reroute";
    public const string TargetAgency = "targetAgency", Reason = "reason";

    public static bool MayReroute(ReportAccess access) => access.IsMonitoringCentre;

    /// <summary>The agencies a report may be re-routed to: ready handling agencies, other than its lead agency.</summary>
    public static async Task<List<(string Code, string Name)>> TargetsAsync(AppDbContext db, string leadAgency, CancellationToken ct)
    {
        var rows = await Process.AgencyFormOptions.HandlingAgencies(db).Where(AgencyRules.IsReady).Where(a => a.Code != leadAgency)
            .OrderBy(a => a.Name).Select(a => new { a.Code, a.Name }).ToListAsync(ct);
        return [.. rows.Select(a => (a.Code, a.Name))];
    }

    /// <summary>
    /// What a re-routing may carry, checked before anything is published: a reason, and a target that exists, is a
    /// handling agency (not the monitoring centre), is active and ready (R12.1) and is not the current lead; and a
    /// report still being handled.
    /// </summary>
    public static async Task<RerouteRefusal> CheckAsync(ReportRow report, string? targetAgency, string? reason, AppDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!ReportModeration.IsValidReason(reason))
        {
            return RerouteRefusal.ReasonMissing;
        }

        var target = targetAgency?.Trim() ?? "";
        if (target == report.LeadAgency)
        {
            return RerouteRefusal.SameAgency;
        }

        var agency = Process.AgencyFormOptions.HandlingAgencies(db).Where(a => a.Code == target);
        if (!await agency.AnyAsync(ct))
        {
            return RerouteRefusal.AgencyUnknown;
        }

        if (!await agency.Where(AgencyRules.IsReady).AnyAsync(ct))
        {
            return RerouteRefusal.AgencyNotReady;
        }

        return ReportStatusNotes.IsClosed(report.State) || report.InstanceId is null ? RerouteRefusal.HasResult : RerouteRefusal.None;
    }

    /// <summary>The field a refusal of <see cref="CheckAsync"/> is about and why, in English (the API's words).</summary>
    public static (string Field, string Message) Describe(RerouteRefusal refusal) => refusal switch
    {
        RerouteRefusal.ReasonMissing => (Reason, $"Give the reason (R9), {ReportStaffEndpoints.MinReasonLength} to {ReportLimits.MaxReasonLength} characters."),
        RerouteRefusal.SameAgency => (TargetAgency, "The report is already with this agency."),
        RerouteRefusal.AgencyUnknown => (TargetAgency, "Name an active handling agency by its code (not the monitoring centre)."),
        RerouteRefusal.AgencyNotReady => (TargetAgency, "This agency is not ready to take reports: it has no focal leader (R12.1)."),
        _ => ("correlationKey", "The report already has its answer (result, rejection or closure); nothing to re-route."),
    };

    public static async Task<RerouteRefusal> RerouteAsync(
        ReportRow report, string? targetAgency, string? reason, ReportAccess access, AppDbContext db, MessagePublisher publisher, WorkflowQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(publisher);
        if (!MayReroute(access))
        {
            return RerouteRefusal.NotMonitoringCentre;
        }

        var refusal = await CheckAsync(report, targetAgency, reason, db, ct);
        if (refusal != RerouteRefusal.None)
        {
            return refusal;
        }

        var variables = new Dictionary<string, FeelValue>(StringComparer.Ordinal)
        {
            [TargetAgency] = FeelValue.String(targetAgency!.Trim()),
            [Reason] = FeelValue.String(reason!.Trim()),
        };
        var outcome = await publisher.PublishAsync(new PublishMessage(MessageName, report.Code, variables, null, TimeSpan.Zero), access.Sender, ct);
        return outcome.Result is { } published && published.Instances.Contains(report.InstanceId!.Value)
            ? RerouteRefusal.None
            : await WhyNotWaitingAsync(report, report.InstanceId!.Value, queries, ct);
    }

    /// <summary>Nothing caught the message: waiting for the People's Committee (R7.6), a version drawn before re-routing, or between steps.</summary>
    private static async Task<RerouteRefusal> WhyNotWaitingAsync(ReportRow report, Guid instance, WorkflowQueries queries, CancellationToken ct)
    {
        if (report.State == ReportState.Escalated)
        {
            return RerouteRefusal.AwaitingAssignment;
        }

        var details = await queries.GetInstanceAsync(instance, ct);
        var (_, xml) = await queries.GetDefinitionAsync(details.DefinitionKey, details.Version, ct);
        // Between two steps (a job not yet run): the same request succeeds a moment later.
        return xml.Contains($"name=\"{MessageName}\"", StringComparison.Ordinal) ? RerouteRefusal.NotWaiting : RerouteRefusal.VersionWithoutRerouting;
    }
}
