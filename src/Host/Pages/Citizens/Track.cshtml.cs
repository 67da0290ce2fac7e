using LaiChau.Host.Data;
using LaiChau.Host.Reports;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Reports.Feedback;
using LaiChau.Host.Reports.Letters;
using LaiChau.Host.Reports.Media;
using LaiChau.Host.Reports.Tracking;
using LaiChau.Host.Web.Citizens;
using LaiChau.Host.Web.Localization;
using LaiChau.Host.Workflows.Messages;
using LaiChau.Workflows.Engine;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Pages.Citizens;

/// <summary>
/// Tracking a report (R8). With the code alone: the public status (state, agency, deadline) of a report that is
/// neither confidential, hidden nor a state secret, else "not found". With the secret link from the e-mails
/// (<see cref="TrackingLinks"/>): the reporter's own view — the steps in plain Vietnamese (no staff names or
/// comments), the result with its photos and letter, and the reply (R8.1), rating (R8.2) and resubmission (R7.6) forms
/// while the process waits for them (<see cref="FeedbackWindow"/>, the partial _CitizenActions).
/// </summary>
public sealed class TrackModel(AppDbContext db, TrackingLinks links, MessagePublisher publisher, LaiChau.Workflows.Engine.WorkflowQueries queries, UiText t) : PageModel
{
    public const string FeedbackNotice = "track.notice";

    [BindProperty(SupportsGet = true, Name = "code")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true, Name = "k")]
    public string? Secret { get; set; }

    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Rating { get; set; }

    public sealed record Facts(string Code, ReportState State, string Agency, DateTimeOffset ReceivedAt, DateTimeOffset DueAt,
        bool Overdue, string? Result, string? StatusNotes, string? Rating, DateTimeOffset? ClosedAt, bool StateSecret);

    public sealed record Step(DateTimeOffset At, string Text);

    /// <summary>The report shown, or null (nothing asked, or not found).</summary>
    public Facts? Report { get; private set; }

    /// <summary>True when the secret link was right: the reporter's own view.</summary>
    public bool Private { get; private set; }

    public bool Missing { get; private set; }

    public IReadOnlyList<Step> Steps { get; private set; } = [];

    public bool HasLetter { get; private set; }

    /// <summary>What the waiting process takes from the reporter now, and until when (R7.6, R8.1–R8.2).</summary>
    public FeedbackWindow Window { get; private set; } = FeedbackWindow.Closed;

    /// <summary>The photos recorded with the result (issue 17 point 9), once the result is given.</summary>
    public IReadOnlyList<ResultPhoto> ResultPhotos { get; private set; } = [];

    public string? Notice { get; private set; }

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // The secret is in the address: never sent on to another site, never kept by a shared cache.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Response.Headers.CacheControl = "no-store";
        Notice = TempData[FeedbackNotice] as string;
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The result letter as issued, for the reporter only.</summary>
    public async Task<IActionResult> OnGetLetterAsync(CancellationToken ct)
    {
        var code = Normalised(Code);
        if (code is null || !links.Verify(code, Secret))
        {
            return NotFoundPage();
        }

        var secret = await db.Reports.AsNoTracking().Where(r => r.Code == code).Select(r => r.StateSecret).FirstOrDefaultAsync(ct);
        var letter = secret ? null : await db.ReportLetters.AsNoTracking().Where(l => l.ReportCode == code && l.Kind == ResultLetters.Kind)
            .Select(l => l.Pdf).FirstOrDefaultAsync(ct);
        return letter is null ? NotFoundPage() : File(letter, "application/pdf", $"ket-qua-{code}.pdf");
    }

    public async Task<IActionResult> OnPostFeedbackAsync(CancellationToken ct)
    {
        var code = Normalised(Code);
        if (code is null || !links.Verify(code, Secret))
        {
            return NotFoundPage();
        }

        var citizen = MessageSender.Citizen(MessageSender.TrackingLinkActor);
        switch (await ReportFeedback.PublishAsync(publisher, code, Kind, Text, Rating, messageId: null, citizen, ct))
        {
            case FeedbackAccepted:
                TempData[FeedbackNotice] = Kind switch
                {
                    ReportFeedback.Rate => t["Cảm ơn bạn đã đánh giá."],
                    ReportFeedback.Resubmit => t["Đã ghi nhận ý kiến chưa đồng ý của bạn; phản ánh được báo cáo Ủy ban nhân dân tỉnh để phân công giải quyết lại."],
                    _ => t["Đã ghi nhận phản hồi của bạn."],
                };
                return Redirect(links.RelativeUrl(code));
            case FeedbackInvalid invalid:
                foreach (var (field, messages) in invalid.Errors)
                {
                    Errors[field == "kind" ? "text" : field] = [.. messages];
                }

                break;
            default:
                // Nothing waits (no result yet, a clarification open, the window over): refused, nothing kept. 409 as the
                // API answers: the request is well formed, the report's state is what refuses it (ADR 0028).
                Notice = t["Phản ánh hiện không chờ phản hồi hay đánh giá (chưa có kết quả, đã đánh giá hoặc đã hết thời gian)."];
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
        }

        await LoadAsync(ct);
        return Page();
    }

    public string? ErrorOf(string field) => Errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;

    /// <summary>True while the process waits for the reporter's reply or rating (R8.1–R8.2).</summary>
    public bool AwaitsFeedback => Window.AwaitsFeedback;

    public string PhotoUrl(ResultPhoto photo) => TrackingMedia.Url(Report!.Code, photo.Id, Secret);

    public string LetterUrl => $"{TrackingLinks.Path}/{Uri.EscapeDataString(Report!.Code)}?handler=letter&k={Uri.EscapeDataString(Secret ?? "")}";

    private IActionResult NotFoundPage()
    {
        Missing = true;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private static string? Normalised(string? code)
    {
        var c = code?.Trim().ToUpperInvariant();
        return ReportCodes.IsWellFormed(c) ? c : null;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Code))
        {
            return;
        }

        var code = Normalised(Code);
        var row = code is null ? null : await db.Reports.AsNoTracking().Where(r => r.Code == code)
            .Select(r => new
            {
                r.Code, r.State, r.LeadAgency, r.ReceivedAt, r.DueAt, r.Overdue, r.Result, r.StatusNotes, r.Rating, r.ClosedAt,
                r.Confidential, r.Hidden, r.StateSecret, r.InstanceId,
            }).FirstOrDefaultAsync(ct);
        Private = row is not null && !string.IsNullOrEmpty(Secret) && links.Verify(row.Code, Secret);
        // The code alone shows only public reports; a wrong secret shows nothing either (R7.1a-b, R9).
        if (row is null || (!Private && (!string.IsNullOrEmpty(Secret) || row.Confidential || row.Hidden || row.StateSecret)))
        {
            Missing = true;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var agency = await db.Agencies.AsNoTracking().Where(a => a.Code == row.LeadAgency).Select(a => a.Name).FirstOrDefaultAsync(ct);
        // R7.1b: the reply to a state-secret report goes by the law on state secrets, never through a link.
        var mayReadReply = Private && !row.StateSecret;
        Report = new Facts(row.Code, row.State, agency ?? row.LeadAgency, row.ReceivedAt, row.DueAt, row.Overdue,
            mayReadReply ? row.Result : null, mayReadReply ? row.StatusNotes : null, Private ? row.Rating : null, row.ClosedAt, row.StateSecret);
        if (!Private)
        {
            return;
        }

        var steps = new List<Step> { new(row.ReceivedAt, t["Đã tiếp nhận phản ánh"]) };
        if (row.InstanceId is { } instance)
        {
            // The words citizens read for a step are the definition's own (zeebe:property citizen-step), said when the step completes.
            var history = await queries.GetHistoryAsync(instance, ct);
            steps.AddRange(history.Where(h => h.Kind == HistoryStepKind.Completed && h.Properties.ContainsKey(CitizenWords.StepProperty))
                .Select(h => new Step(h.At, t[h.Properties[CitizenWords.StepProperty]])));
        }

        Window = await FeedbackWindow.ReadAsync(db, row.InstanceId, ct);

        var notices = await db.ReportAudit.AsNoTracking().Where(a => a.ReportCode == row.Code && a.Action == ReportAuditActions.NoticeSent)
            .Select(a => new { a.At, a.Detail }).ToListAsync(ct);
        steps.AddRange(notices.Where(n => CitizenWords.Notice(n.Detail) is not null).Select(n => new Step(n.At, t[CitizenWords.Notice(n.Detail)!])));
        Steps = [.. steps.OrderBy(s => s.At)];
        ResultPhotos = mayReadReply && row.Result is not null ? await ResultPhoto.ListAsync(db, row.Code, ct) : [];
        HasLetter = mayReadReply && await db.ReportLetters.AsNoTracking().AnyAsync(l => l.ReportCode == row.Code && l.Kind == ResultLetters.Kind, ct);
    }
}
