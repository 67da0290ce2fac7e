using LaiChau.Host.Data;
using LaiChau.Host.ReferenceData;
using LaiChau.Host.Reports.Data;
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
    SameAgency,
    HasResult,
    AwaitingAssignment,
    VersionWithoutRerouting,
    NotWaiting,
}

/// <summary>
/// R7.5: the monitoring centre adjusts the routing of a report at any step of its handling. The process decides what
/// that means (message <c>report-reroute</c> in <c>workflows/field-report.bpmn</c>: the handling stops and starts again
/// at the new agency, the deadline kept, the reporter told); here the request is checked, published and audited.
/// Shared by <c>POST /api/v1/reports/{code}/reroute</c> and the case page.
/// </summary>
public static class ReportRerouting
{
    public const string MessageName = "report-reroute";

    public static bool MayReroute(ReportAccess access) => access.IsMonitoringCentre;

    /// <summary>The agencies a report may be re-routed to: active, handling agencies, other than its lead agency.</summary>
    public static async Task<List<(string Code, string Name)>> TargetsAsync(AppDbContext db, string leadAgency, CancellationToken ct)
    {
        var rows = await Targets(db, leadAgency).OrderBy(a => a.Name).Select(a => new { a.Code, a.Name }).ToListAsync(ct);
        return [.. rows.Select(a => (a.Code, a.Name))];
    }

    private static IQueryable<AgencyRow> Targets(AppDbContext db, string leadAgency) =>
        Process.AgencyFormOptions.HandlingAgencies(db).Where(a => a.Code != leadAgency);

    public static async Task<RerouteRefusal> RerouteAsync(
        ReportRow report, string? targetAgency, string? reason, ReportAccess access, AppDbContext db, WorkflowEngine engine, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(engine);
        if (!MayReroute(access))
        {
            return RerouteRefusal.NotMonitoringCentre;
        }

        if (!ReportModeration.IsValidReason(reason))
        {
            return RerouteRefusal.ReasonMissing;
        }

        var target = targetAgency?.Trim() ?? "";
        if (target == report.LeadAgency)
        {
            return RerouteRefusal.SameAgency;
        }

        if (!await Targets(db, report.LeadAgency).AnyAsync(a => a.Code == target, ct))
        {
            return RerouteRefusal.AgencyUnknown;
        }

        if (ReportStatusNotes.IsClosed(report.State) || report.InstanceId is not { } instance)
        {
            return RerouteRefusal.HasResult;
        }

        var variables = new Dictionary<string, FeelValue>(StringComparer.Ordinal)
        {
            ["targetAgency"] = FeelValue.String(target),
            ["reason"] = FeelValue.String(reason!.Trim()),
        };
        var published = await engine.PublishMessageAsync(new PublishMessage(MessageName, report.Code, variables, null, TimeSpan.Zero), ct);
        if (!published.Instances.Contains(instance))
        {
            return await WhyNotWaitingAsync(report, instance, engine, ct);
        }

        db.ReportAudit.Add(ReportModeration.Audit(
            report.Code, access.UserId, ReportAuditActions.Reroute, $"{report.LeadAgency} → {target}: {reason.Trim()}", clock));
        await db.SaveChangesAsync(ct);
        return RerouteRefusal.None;
    }

    /// <summary>Nothing caught the message: waiting for the People's Committee (R7.6), a version drawn before re-routing, or between steps.</summary>
    private static async Task<RerouteRefusal> WhyNotWaitingAsync(ReportRow report, Guid instance, WorkflowEngine engine, CancellationToken ct)
    {
        if (report.State == ReportState.Escalated)
        {
            return RerouteRefusal.AwaitingAssignment;
        }

        var details = await engine.GetInstanceAsync(instance, ct);
        var (_, xml) = await engine.GetDefinitionAsync(details.DefinitionKey, details.Version, ct);
        // Between two steps (a job not yet run): the same request succeeds a moment later.
        return xml.Contains($"name=\"{MessageName}\"", StringComparison.Ordinal) ? RerouteRefusal.NotWaiting : RerouteRefusal.VersionWithoutRerouting;
    }
}
