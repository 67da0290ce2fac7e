using LaiChau.Host.Data;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Reports.Process;
using LaiChau.Host.Security.Staff;
using LaiChau.Host.Workflows.Messages;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;

namespace LaiChau.Host.Reports.Staff;

/// <summary>
/// <c>report-disagreement</c> (R7.6, first case: the agencies cannot agree): only a leader of an agency involved — the
/// lead agency or one asked to coordinate (R7.4) — may send it, with a reason; audited with the publication. The
/// definition sends the report to the provincial People's Committee's assignment.
/// </summary>
public sealed class DisagreementMessageRule(AppDbContext db, WorkflowQueries queries, TimeProvider clock) : ReportMessageRule(db)
{
    public const string MessageName = "report-disagreement";
    public const string Reason = "reason";
    private const int MinReason = 10;
    private const int MaxReason = 2000;

    protected override IReadOnlyList<string> Carried { get; } = [Reason];

    public override bool Applies(string messageName) => messageName == MessageName;

    protected override async Task<MessageCheck> CheckAsync(PublishMessage message, MessageSender sender, ReportRow report, CancellationToken ct)
    {
        var reason = Text(message, Reason)?.Trim();
        if (reason is null || reason.Length < MinReason || reason.Length > MaxReason)
        {
            return Refused(Reason, $"A reason of {MinReason} to {MaxReason} characters is required (R7.6).");
        }

        var involved = await InvolvedAgenciesAsync(report, ct);
        if (!involved.Any(a => sender.Groups.Contains(StaffClaims.LeadersGroup(a))))
        {
            return MessageCheck.Refused("sender", $"Only a leader of an agency handling report {report.Code} ({string.Join(", ", involved)}) reports a disagreement (R7.6).");
        }

        return MessageCheck.Accepted(save => save.Add(ReportModeration.Audit(report.Code, sender.Actor, ReportAuditActions.Disagreement, reason, clock)));
    }

    /// <summary>The lead agency and the agencies its process asked to coordinate (the variable coordinatingAgencies).</summary>
    private async Task<IReadOnlyList<string>> InvolvedAgenciesAsync(ReportRow report, CancellationToken ct)
    {
        var agencies = new List<string> { report.LeadAgency };
        if (report.InstanceId is { } instance
            && (await queries.GetInstanceAsync(instance, ct)).Variables.TryGetValue("coordinatingAgencies", out var asked)
            && asked.Kind == FeelKind.List)
        {
            agencies.AddRange(asked.AsList().ToArray().Where(v => v.Kind == FeelKind.String).Select(v => v.AsString()));
        }

        return agencies;
    }
}
