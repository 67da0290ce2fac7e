using LaiChau.Host.Data;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Reports.Process;
using LaiChau.Host.Workflows.Messages;
using LaiChau.Workflows.Engine;

namespace LaiChau.Host.Reports.Staff;

/// <summary>
/// <c>report-reroute</c>, whichever route publishes it (R7.5, ADR 0016): the target and reason checked as
/// <see cref="ReportRerouting.CheckAsync"/> does before anything is correlated, and the re-routing audited with the
/// publication.
/// </summary>
public sealed class RerouteMessageRule(AppDbContext db, TimeProvider clock) : IMessageRule
{
    public bool Applies(string messageName) => messageName == ReportRerouting.MessageName;

    public async Task<MessageCheck> CheckAsync(PublishMessage message, MessageSender sender, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(sender);
        if (ReportMessageChecks.Envelope(message, ReportRerouting.TargetAgency, ReportRerouting.Reason) is { } invalid)
        {
            return invalid;
        }

        if (await ReportMessageChecks.ReportAsync(db, message, ct) is not { } report)
        {
            return ReportMessageChecks.UnknownReport(message);
        }

        var target = ReportMessageChecks.Text(message, ReportRerouting.TargetAgency)?.Trim();
        var reason = ReportMessageChecks.Text(message, ReportRerouting.Reason)?.Trim();
        var refusal = await ReportRerouting.CheckAsync(report, target, reason, db, ct);
        if (refusal != RerouteRefusal.None)
        {
            var (field, why) = ReportRerouting.Describe(refusal);
            return field == "correlationKey" ? MessageCheck.Refused(field, why) : ReportMessageChecks.Refused(field, why);
        }

        var detail = $"{report.LeadAgency} → {target}: {reason}";
        return MessageCheck.Accepted(save => save.Add(ReportModeration.Audit(report.Code, sender.Actor, ReportAuditActions.Reroute, detail, clock)));
    }
}
