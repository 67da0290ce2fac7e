using LaiChau.Host.Data;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Reports.Process;
using LaiChau.Host.Security.Staff;
using LaiChau.Host.Workflows.Messages;
using LaiChau.Workflows.Engine;

namespace LaiChau.Host.Reports.Staff;

/// <summary>
/// <c>report-extension-request</c> (R7.3, special cases), whichever route publishes it: the checks of
/// <see cref="ExtensionRequests"/>, and the request audited with the publication. The monitoring centre decides in the
/// definition's <c>decide-extension</c> step.
/// </summary>
public sealed class ExtensionMessageRule(AppDbContext db, TimeProvider clock) : ReportMessageRule(db)
{
    public const string MessageName = ExtensionRequests.MessageName;

    protected override IReadOnlyList<string> Carried { get; } = [ExtensionRequests.RequestedDate, ExtensionRequests.Reason];

    public override bool Applies(string messageName) => messageName == MessageName;

    protected override Task<MessageCheck> CheckAsync(PublishMessage message, MessageSender sender, ReportRow report, CancellationToken ct)
    {
        if (!sender.Groups.Contains(StaffClaims.LeadersGroup(report.LeadAgency)))
        {
            return Task.FromResult(MessageCheck.Refused("sender", ExtensionRequests.English(ExtensionRefusal.NotLeader, report)));
        }

        var requested = Text(message, ExtensionRequests.RequestedDate);
        var reason = Text(message, ExtensionRequests.Reason)?.Trim();
        var refusal = ExtensionRequests.Check(report, requested, reason);
        if (refusal != ExtensionRefusal.None)
        {
            var field = refusal == ExtensionRefusal.DateInvalid ? ExtensionRequests.RequestedDate : ExtensionRequests.Reason;
            return Task.FromResult(Refused(field, ExtensionRequests.English(refusal, report)));
        }

        var detail = $"{DateOnly.ParseExact(requested!.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture):dd/MM/yyyy}: {reason}";
        return Task.FromResult(MessageCheck.Accepted(save =>
            save.Add(ReportModeration.Audit(report.Code, sender.Actor, ReportAuditActions.ExtensionRequest, detail, clock))));
    }
}
