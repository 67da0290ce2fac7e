using LaiChau.Host.Data;
using LaiChau.Workflows.Engine.Rows;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Reports.Feedback;

/// <summary>
/// What the reporter may do now, as the waiting process says it (R7.6, R8.1–R8.2): whether an instance waits for
/// <c>report-feedback</c> (reply, rating) and for <c>report-resubmitted</c>, and when the window closes — the earliest
/// timer on the scope that waits for the resubmission (the definition's window, <c>P30D</c> working days as shipped).
/// Nothing here names an element or counts days itself: change the window in the designer and the page follows.
/// </summary>
public sealed record FeedbackWindow(bool AwaitsFeedback, bool AwaitsResubmission, DateTimeOffset? ClosesAt)
{
    public static readonly FeedbackWindow Closed = new(false, false, null);

    /// <summary>Any of the reporter's actions is awaited.</summary>
    public bool IsOpen => AwaitsFeedback || AwaitsResubmission;

    public static async Task<FeedbackWindow> ReadAsync(AppDbContext db, Guid? instanceId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (instanceId is not { } instance)
        {
            return Closed;
        }

        var waits = await db.Set<MessageSubscriptionRow>().AsNoTracking()
            .Where(s => s.InstanceId == instance
                && (s.MessageName == ReportFeedback.FeedbackMessage || s.MessageName == ReportFeedback.ResubmittedMessage))
            .Select(s => new { s.MessageName, s.ElementInstanceId })
            .ToListAsync(ct);
        var resubmission = waits.FirstOrDefault(w => w.MessageName == ReportFeedback.ResubmittedMessage);
        DateTimeOffset? closesAt = null;
        if (resubmission is not null)
        {
            // A boundary's waits belong to the activity they are attached to: the window is a timer beside it.
            var dues = await db.Set<TimerRow>().AsNoTracking()
                .Where(t => t.InstanceId == instance && t.ElementInstanceId == resubmission.ElementInstanceId)
                .Select(t => t.DueAt).ToListAsync(ct);
            closesAt = dues.Count == 0 ? null : dues.Min();
        }

        return new FeedbackWindow(waits.Any(w => w.MessageName == ReportFeedback.FeedbackMessage), resubmission is not null, closesAt);
    }
}
