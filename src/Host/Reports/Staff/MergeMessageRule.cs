using LaiChau.Host.Data;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Reports.Process;
using LaiChau.Host.Security.Staff;
using LaiChau.Host.Workflows.Messages;
using LaiChau.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Reports.Staff;

/// <summary>
/// <c>report-merged</c> (R5.7): a member of the lead agency or the monitoring centre confirms that a report repeats
/// another (<c>originalCode</c>), with a reason that may be empty but is always sent; audited <c>confirm-duplicate</c> with the publication. The
/// original must exist, be another report, not be merged itself (name its own original) and not have been refused.
/// </summary>
public sealed class MergeMessageRule(AppDbContext db, TimeProvider clock) : ReportMessageRule(db)
{
    public const string MessageName = "report-merged";
    public const string OriginalCode = "originalCode";
    public const string Reason = "reason";

    protected override IReadOnlyList<string> Carried { get; } = [OriginalCode, Reason];

    public override bool Applies(string messageName) => messageName == MessageName;

    protected override async Task<MessageCheck> CheckAsync(PublishMessage message, MessageSender sender, ReportRow report, CancellationToken ct)
    {
        if (!sender.Groups.Contains(StaffClaims.AgencyGroup(report.LeadAgency)) && !sender.Kinds.Contains(LaiChau.Workflows.Bpmn.ZeebeVocabulary.Sender.Centre))
        {
            return MessageCheck.Refused("sender", $"Only the lead agency ({report.LeadAgency}) or the monitoring centre confirms a duplicate (R5.7).");
        }

        // Always carried, "" when none: without it the merged notice would quote a reason the process kept from an earlier step.
        var reason = Text(message, Reason)?.Trim();
        if (reason is null)
        {
            return Refused(Reason, "Send reason, \"\" when there is none: the notice to the reporter quotes it.");
        }

        if (reason.Length > 0 && !ReportModeration.IsValidReason(reason))
        {
            return Refused(Reason, $"A reason, when given, has {ReportStaffEndpoints.MinReasonLength} to {ReportLimits.MaxReasonLength} characters.");
        }

        var code = Text(message, OriginalCode)?.Trim() ?? "";
        var original = ReportCodes.IsWellFormed(code) ? await Db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, ct) : null;
        var problem = MergeRefusals.Of(report, original);
        if (problem is not null)
        {
            return Refused(OriginalCode, MergeRefusals.English(problem.Value, original));
        }

        var detail = $"{original!.Code} {reason}".Trim();
        return MessageCheck.Accepted(save =>
            save.Add(ReportModeration.Audit(report.Code, sender.Actor, ReportAuditActions.ConfirmDuplicate, detail, clock)));
    }
}
