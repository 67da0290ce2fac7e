using LaiChau.Host.Workflows.Messages;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;

namespace LaiChau.Host.Reports.Feedback;

/// <summary>What a reporter's answer to a result became.</summary>
public abstract record FeedbackOutcome;

/// <summary>The process took it; the message thanks the reporter.</summary>
public sealed record FeedbackAccepted(string Message) : FeedbackOutcome;

/// <summary>Field errors in Vietnamese (fields <c>kind</c>, <c>rating</c>, <c>text</c>); nothing was sent.</summary>
public sealed record FeedbackInvalid(IReadOnlyDictionary<string, string[]> Errors) : FeedbackOutcome;

/// <summary>No instance waits for it: no result yet, already rated, or the feedback window is over. Nothing is kept.</summary>
public sealed record FeedbackNotWaiting : FeedbackOutcome;

/// <summary>
/// The reporter's reply asking for clarification (R8.1), rating (R8.2) or resubmission (R7.6), for a report whose
/// reporter the channel has already recognised (the API by the submitting client's key and the phone given at intake,
/// the portal by the secret tracking link): checked, then published as the process's message by the citizen
/// (ADR 0021), where <see cref="FeedbackMessageRule"/> checks it again and audits it. Shared by the API and the citizens' pages.
/// </summary>
public static class ReportFeedback
{
    public const int MaxTextLength = 2000;

    public const string Reply = "reply", Rate = "rating", Resubmit = "resubmit";

    public const string FeedbackMessage = "report-feedback", ResubmittedMessage = "report-resubmitted";

    /// <summary>The variables the messages carry (docs/field-report-process.md).</summary>
    public const string KindVariable = "kind", TextVariable = "text", RatingVariable = "rating";

    /// <summary>R8.2's three ratings: the stored code and the Vietnamese label.</summary>
    public static readonly IReadOnlyList<(string Code, string Label)> Ratings =
        [("satisfied", "Hài lòng"), ("acceptable", "Chấp nhận được"), ("unsatisfied", "Không hài lòng")];

    public static Dictionary<string, string[]> Check(string? kind, string? text, string? rating)
    {
        var errors = new Dictionary<string, string[]>();
        if (kind is not (Reply or Rate or Resubmit))
        {
            errors["kind"] = ["Loại phản hồi phải là \"reply\" (đề nghị giải trình) hoặc \"rating\" (đánh giá)."];
        }
        else if (kind == Rate && RatingCode(rating) is null)
        {
            errors["rating"] = ["Vui lòng chọn mức đánh giá: Hài lòng, Chấp nhận được hoặc Không hài lòng."];
        }
        else if (kind != Rate && string.IsNullOrWhiteSpace(text))
        {
            errors["text"] = ["Vui lòng nhập nội dung."];
        }

        if (text is { Length: > MaxTextLength })
        {
            errors["text"] = [$"Nội dung quá dài (tối đa {MaxTextLength} ký tự)."];
        }

        return errors;
    }

    /// <summary>Checks, then publishes the message for the report's waiting instance as <paramref name="sender"/>.</summary>
    public static async Task<FeedbackOutcome> PublishAsync(
        MessagePublisher publisher, string code, string? kind, string? text, string? rating, string? messageId, MessageSender sender, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        var errors = Check(kind, text, rating);
        if (errors.Count > 0)
        {
            return new FeedbackInvalid(errors);
        }

        var variables = new Dictionary<string, FeelValue>
        {
            [KindVariable] = FeelValue.String(kind == Resubmit ? Reply : kind),
            [TextVariable] = FeelValue.String(text?.Trim()),
            [RatingVariable] = FeelValue.String(RatingCode(rating)),
        };
        var name = kind == Resubmit ? ResubmittedMessage : FeedbackMessage;
        var outcome = await publisher.PublishAsync(new PublishMessage(name, code, variables, messageId, TimeSpan.Zero), sender, ct);
        if (outcome.Result is not { } published)
        {
            return new FeedbackInvalid(outcome.Errors);
        }

        if (published.Instances.Count == 0 && !published.Duplicate)
        {
            return new FeedbackNotWaiting();
        }

        return new FeedbackAccepted(kind == Rate ? "Cảm ơn Ông/Bà đã đánh giá." : "Đã ghi nhận phản hồi của Ông/Bà.");
    }

    /// <summary>R8.2: the three ratings, by code or by their Vietnamese labels.</summary>
    public static string? RatingCode(string? value)
    {
        var v = value?.Trim();
        return Ratings.FirstOrDefault(r => r.Code == v || r.Label == v).Code;
    }

    public static string? RatingLabel(string? code) => Ratings.FirstOrDefault(r => r.Code == code).Label;
}
