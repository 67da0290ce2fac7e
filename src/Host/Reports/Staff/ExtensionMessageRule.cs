using System.Globalization;
using LaiChau.Host.Data;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Reports.Process;
using LaiChau.Host.Security.Staff;
using LaiChau.Host.Workflows.Messages;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Time;

namespace LaiChau.Host.Reports.Staff;

/// <summary>
/// <c>report-extension-request</c> (R7.3, special cases): only a leader of the lead agency asks, for a day after the
/// current deadline (<c>requestedDate</c>, yyyy-MM-dd), with a reason; audited with the publication. The monitoring
/// centre decides in the definition's <c>decide-extension</c> step.
/// </summary>
public sealed class ExtensionMessageRule(AppDbContext db, TimeProvider clock) : ReportMessageRule(db)
{
    public const string MessageName = "report-extension-request";
    public const string RequestedDate = "requestedDate";
    public const string Reason = "reason";
    private const int MinReason = 10;
    private const int MaxReason = 2000;

    protected override IReadOnlyList<string> Carried { get; } = [RequestedDate, Reason];

    public override bool Applies(string messageName) => messageName == MessageName;

    protected override Task<MessageCheck> CheckAsync(PublishMessage message, MessageSender sender, ReportRow report, CancellationToken ct)
    {
        if (!sender.Groups.Contains(StaffClaims.LeadersGroup(report.LeadAgency)))
        {
            return Task.FromResult(MessageCheck.Refused("sender", $"Only a leader of the lead agency ({report.LeadAgency}) asks for a new deadline (R7.3)."));
        }

        var reason = Text(message, Reason)?.Trim();
        var dueDay = VietnamTime.Today(report.DueAt);
        if (!DateOnly.TryParseExact(Text(message, RequestedDate), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || day <= dueDay)
        {
            return Task.FromResult(Refused(RequestedDate, $"A day (yyyy-MM-dd) after the current deadline, {dueDay:yyyy-MM-dd}, is required."));
        }

        if (reason is null || reason.Length < MinReason || reason.Length > MaxReason)
        {
            return Task.FromResult(Refused(Reason, $"A reason of {MinReason} to {MaxReason} characters is required (R7.3)."));
        }

        var detail = $"{day:dd/MM/yyyy}: {reason}";
        return Task.FromResult(MessageCheck.Accepted(save =>
            save.Add(ReportModeration.Audit(report.Code, sender.Actor, ReportAuditActions.ExtensionRequest, detail, clock))));
    }
}
