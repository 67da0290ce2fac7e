using System.Security.Claims;
using LaiChau.Host.Data;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Reports.Intake;
using LaiChau.Host.Security;
using LaiChau.Host.Security.ApiKeys;
using LaiChau.Host.Workflows.Messages;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Reports.Feedback;

/// <summary>
/// The reporter's answer to a result, sent by the client app (LaiChau-S, the portal) that submitted the report, with
/// the same key: <c>POST /api/v1/reports/{code}/feedback</c> — a reply asking for clarification (R8.1) or a rating
/// (R8.2) — and <c>POST …/resubmit</c> when the reporter does not accept the answer (R7.6). Another key is refused
/// (403): a client speaks only for its own reporters. The reporter proves who they are with the phone number given at
/// intake. Each becomes the process's message, sent as the citizen (ADR 0021); when no instance waits for it (no
/// result yet, or the feedback window is over) the answer is 409 and nothing is kept. The checks and the message are
/// <see cref="ReportFeedback"/>'s, shared with the citizens' tracking page.
/// </summary>
public static class FeedbackEndpoints
{
    public const int MaxTextLength = ReportFeedback.MaxTextLength;

    public sealed record FeedbackRequest(string? Phone, string? Kind, string? Text, string? Rating, string? MessageId);

    public sealed record Accepted(string Code, string Message);

    public static void Map(WebApplication app)
    {
        var group = app.MapGroup("/api/v1/reports/{code}").RequireAuthorization(p => p.RequireRole(ApiKeyRoles.Machines)).WithTags(ApiDocs.ApiTags.Feedback);
        group.MapPost("feedback", FeedbackAsync).WithSummary("The reporter's reply (R8.1), rating (R8.2) or refusal of the answer (R7.6)");
        group.MapPost("resubmit", (string code, FeedbackRequest body, ClaimsPrincipal user, AppDbContext db, PersonalData personal, MessagePublisher publisher, CancellationToken ct) =>
            PublishAsync(code, body with { Kind = ReportFeedback.Resubmit }, user, db, personal, publisher, ct)).WithSummary("The reporter sends the report again (R7.6)");
    }

    public static Task<Results<Ok<Accepted>, ValidationProblem, ProblemHttpResult>> FeedbackAsync(
        string code, FeedbackRequest body, ClaimsPrincipal user, AppDbContext db, PersonalData personal, MessagePublisher publisher, CancellationToken ct) =>
        PublishAsync(code, body, user, db, personal, publisher, ct);

    private static async Task<Results<Ok<Accepted>, ValidationProblem, ProblemHttpResult>> PublishAsync(
        string code, FeedbackRequest body, ClaimsPrincipal user, AppDbContext db, PersonalData personal, MessagePublisher publisher, CancellationToken ct)
    {
        var errors = ReportFeedback.Check(body.Kind, body.Text, body.Rating);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var report = ReportCodes.IsWellFormed(code) ? await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, ct) : null;
        // An unknown code and a wrong phone answer alike, so that codes cannot be probed for their reporters.
        if (report is null || PhoneNumbers.Normalize(body.Phone) is not { } phone || personal.Unprotect(report.ReporterPhoneProtected) != phone)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy phản ánh",
                detail: "Không có phản ánh với mã và số điện thoại này.");
        }

        if (!SubmittedBy(report, user))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Không phải ứng dụng đã gửi phản ánh",
                detail: "Only the client app whose key submitted this report sends its reporter's feedback.");
        }

        var sender = MessageSender.Citizen(user.Identity?.Name ?? "client app");
        return await ReportFeedback.PublishAsync(publisher, code, body.Kind, body.Text, body.Rating, body.MessageId, sender, ct) switch
        {
            FeedbackAccepted accepted => TypedResults.Ok(new Accepted(code, accepted.Message)),
            FeedbackInvalid invalid => TypedResults.ValidationProblem(invalid.Errors),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Chưa thể phản hồi",
                detail: "Phản ánh chưa có kết quả để phản hồi, hoặc đã hết thời gian phản hồi."),
        };
    }

    /// <summary>The caller's key is the one that submitted the report through Open311 (a portal report has none).</summary>
    private static bool SubmittedBy(ReportRow report, ClaimsPrincipal user) =>
        report.SubmittedByKeyId is { } key && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var caller) && caller == key;
}
