using LaiChau.Host.Data;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Reports.Process;
using LaiChau.Host.Reports.Staff;
using LaiChau.Host.Workflows.Messages;
using LaiChau.Workflows.Engine;

namespace LaiChau.Host.Reports.Feedback;

/// <summary>
/// The reporter's messages, <c>report-feedback</c> and <c>report-resubmitted</c>, whichever route publishes them
/// (ADR 0021): a reply with its text (R8.1), a rating that is one of R8.2's three codes, a resubmission with its text
/// (R7.6), within the text limit; each audited with the publication (the text itself is not copied into the audit).
/// </summary>
public sealed class FeedbackMessageRule(AppDbContext db, TimeProvider clock) : ReportMessageRule(db)
{
    protected override IReadOnlyList<string> Carried { get; } = [ReportFeedback.KindVariable, ReportFeedback.TextVariable, ReportFeedback.RatingVariable];

    public override bool Applies(string messageName) => messageName is ReportFeedback.FeedbackMessage or ReportFeedback.ResubmittedMessage;

    protected override Task<MessageCheck> CheckAsync(PublishMessage message, MessageSender sender, ReportRow report, CancellationToken ct) =>
        Task.FromResult(Check(message, sender, report));

    private MessageCheck Check(PublishMessage message, MessageSender sender, ReportRow report)
    {
        var resubmitted = message.Name == ReportFeedback.ResubmittedMessage;
        var kind = Text(message, ReportFeedback.KindVariable);
        var text = Text(message, ReportFeedback.TextVariable);
        var rating = Text(message, ReportFeedback.RatingVariable);
        if (kind is not (ReportFeedback.Reply or ReportFeedback.Rate) || (resubmitted && kind != ReportFeedback.Reply))
        {
            return Refused(ReportFeedback.KindVariable,
                resubmitted ? "A resubmission carries kind \"reply\"." : "The kind is \"reply\" (R8.1) or \"rating\" (R8.2).");
        }

        // The message carries the code (R8.2), never a label or a made-up grade; only a rating carries one.
        if (kind == ReportFeedback.Rate ? !ReportFeedback.Ratings.Any(r => r.Code == rating) : rating is not null)
        {
            return Refused(ReportFeedback.RatingVariable,
                $"A rating is one of: {string.Join(", ", ReportFeedback.Ratings.Select(r => r.Code))}, and only with kind \"rating\".");
        }

        if (ReportFeedback.Check(resubmitted ? ReportFeedback.Resubmit : kind, text, rating).TryGetValue(ReportFeedback.TextVariable, out var textErrors))
        {
            return Refused(ReportFeedback.TextVariable, textErrors);
        }

        var (action, detail) = resubmitted ? (ReportAuditActions.Resubmit, (string?)null)
            : kind == ReportFeedback.Rate ? (ReportAuditActions.Rating, rating) : (ReportAuditActions.Reply, null);
        return MessageCheck.Accepted(save => save.Add(ReportModeration.Audit(report.Code, sender.Actor, action, detail, clock)));
    }
}
