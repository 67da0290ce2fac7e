using System.Security.Claims;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Security.ApiKeys;
using LaiChau.Host.Security.Staff;

namespace LaiChau.Host.Reports.Staff;

/// <summary>
/// Who may see and act on a report (issue 6 point 5), enforced by the API: members of the lead agency see its
/// reports; the monitoring centre and administrators see all (R11.1); state-secret reports (R7.1b) only the lead
/// agency's leaders, the monitoring centre and administrators.
/// </summary>
public sealed class ReportAccess(ClaimsPrincipal user)
{
    private readonly HashSet<string> _groups = [.. user.FindAll(StaffClaims.GroupClaim).Select(c => c.Value)];

    public string UserId { get; } = user.Identity?.Name ?? "unknown";

    /// <summary>The caller as a sender of the process's messages (ADR 0021).</summary>
    public Workflows.Messages.MessageSender Sender { get; } = Workflows.Messages.MessageSender.Of(user);

    public bool SeesAll { get; } = user.IsInRole(ApiKeyRoles.Administrator) || user.IsInRole(StaffClaims.MonitoringCentreRole);

    /// <summary>R7.5, R11.1: members of the monitoring centre (SOC-IOC) adjust the routing.</summary>
    public bool IsMonitoringCentre { get; } = user.IsInRole(StaffClaims.MonitoringCentreRole);

    public IReadOnlyList<string> Agencies { get; } = StaffClaims.Agencies(user);

    public bool IsMember(string agency) => _groups.Contains(StaffClaims.AgencyGroup(agency));

    public bool IsLeader(string agency) => _groups.Contains(StaffClaims.LeadersGroup(agency));

    public bool MaySee(ReportRow r) => SeesAll || (r.StateSecret ? IsLeader(r.LeadAgency) : IsMember(r.LeadAgency));

    /// <summary>Hiding, showing and duplicate decisions: the lead agency's staff or the monitoring centre.</summary>
    public bool MayModerate(ReportRow r) => MaySee(r);

    /// <summary>
    /// R5.5: the reporter's contact is used for the handling only with their consent — then the lead agency's staff may
    /// reveal it; the monitoring centre relays results to reporters (R7.1 step 5) and may always. Every reveal is audited.
    /// </summary>
    public bool MayRevealContact(ReportRow r) => SeesAll || (r.ContactConsent && MaySee(r));
}
