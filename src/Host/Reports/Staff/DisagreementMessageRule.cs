using LaiChau.Host.Data;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Reports.Process;
using LaiChau.Host.Security.Staff;
using LaiChau.Host.Workflows.Messages;
using LaiChau.Workflows.Engine;

namespace LaiChau.Host.Reports.Staff;

/// <summary>
/// <c>report-disagreement</c> (R7.6, first case), whichever route publishes it: only a leader of an agency involved
/// (<see cref="Disagreements.InvolvedAgenciesAsync"/>) may send it, with a reason; audited with the publication. The
/// definition sends the report to the provincial People's Committee's assignment.
/// </summary>
public sealed class DisagreementMessageRule(AppDbContext db, WorkflowQueries queries, TimeProvider clock) : ReportMessageRule(db)
{
    public const string MessageName = Disagreements.MessageName;

    protected override IReadOnlyList<string> Carried { get; } = [Disagreements.Reason];

    public override bool Applies(string messageName) => messageName == MessageName;

    protected override async Task<MessageCheck> CheckAsync(PublishMessage message, MessageSender sender, ReportRow report, CancellationToken ct)
    {
        var reason = Text(message, Disagreements.Reason)?.Trim();
        if (!ReportModeration.IsValidReason(reason))
        {
            return Refused(Disagreements.Reason, $"A reason of {ReportStaffEndpoints.MinReasonLength} to {ReportLimits.MaxReasonLength} characters is required (R7.6).");
        }

        var involved = await Disagreements.InvolvedAgenciesAsync(report, queries, ct);
        if (!involved.Any(a => sender.Groups.Contains(StaffClaims.LeadersGroup(a))))
        {
            return MessageCheck.Refused("sender", $"Only a leader of an agency handling report {report.Code} ({string.Join(", ", involved)}) reports a disagreement (R7.6).");
        }

        return MessageCheck.Accepted(save => save.Add(ReportModeration.Audit(report.Code, sender.Actor, ReportAuditActions.Disagreement, reason!, clock)));
    }
}
