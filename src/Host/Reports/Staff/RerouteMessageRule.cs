using LaiChau.Host.Data;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Reports.Process;
using LaiChau.Host.Workflows.Messages;
using LaiChau.Workflows.Engine;

namespace LaiChau.Host.Reports.Staff;

/// <summary>
/// <c>report-reroute</c>, whichever route publishes it (R7.5, ADR 0021): the target and reason checked as
/// <see cref="ReportRerouting.CheckAsync"/> does before anything is correlated, and the re-routing audited with the
/// publication.
/// </summary>
public sealed class RerouteMessageRule(AppDbContext db, TimeProvider clock) : ReportMessageRule(db)
{
    protected override IReadOnlyList<string> Carried { get; } = [ReportRerouting.TargetAgency, ReportRerouting.Reason];

    public override bool Applies(string messageName) => messageName == ReportRerouting.MessageName;

    protected override async Task<MessageCheck> CheckAsync(PublishMessage message, MessageSender sender, ReportRow report, CancellationToken ct)
    {
        var target = Text(message, ReportRerouting.TargetAgency)?.Trim();
        var reason = Text(message, ReportRerouting.Reason)?.Trim();
        var refusal = await ReportRerouting.CheckAsync(report, target, reason, Db, ct);
        if (refusal != RerouteRefusal.None)
        {
            var (field, why) = ReportRerouting.Describe(refusal);
            return field == ReportRerouting.TargetAgency || field == ReportRerouting.Reason ? Refused(field, why) : MessageCheck.Refused(field, why);
        }

        var detail = $"{report.LeadAgency} → {target}: {reason}";
        return MessageCheck.Accepted(save => save.Add(ReportModeration.Audit(report.Code, sender.Actor, ReportAuditActions.Reroute, detail, clock)));
    }
}
