using System.Globalization;
using LaiChau.Host.Data;
using LaiChau.Host.Reports.Media;
using LaiChau.Host.Reports.Submit;
using LaiChau.Host.Web;
using LaiChau.Host.Web.Citizens;
using LaiChau.Host.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Pages.Citizens;

/// <summary>
/// A citizen's report without an account (issue 8 point 1, R4, R5): the form posts to the same intake as Open311
/// (<see cref="ReportIntake"/>: R5 checks, urgency, routing, duplicates, one transaction), behind a rate limit per
/// address, a signed proof-of-work (or a sum in words without JavaScript) and the media limits.
/// </summary>
[EnableRateLimiting(CitizensSetup.SubmitPolicy)]
public sealed class SubmitModel(
    AppDbContext db, ReportIntake intake, SubmitChallenges challenges, TimeProvider clock, IOptions<MediaOptions> media, UiText t)
    : PageModel
{
    /// <summary>The channel recorded on reports sent from this form.</summary>
    public const string Channel = "web";

    public const string ReceiptCode = "receipt.code", ReceiptDue = "receipt.due", ReceiptUrgent = "receipt.urgent",
        ReceiptEmail = "receipt.email", ReceiptDuplicate = "receipt.duplicate",
        ReceiptEarlierCode = "receipt.earlier", ReceiptEarlierResult = "receipt.earlier-result";

    [BindProperty] public string? Category { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Lat { get; set; }
    [BindProperty] public string? Lon { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public string? Commune { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public bool Confidential { get; set; }
    [BindProperty] public bool ContactConsent { get; set; }
    [BindProperty(Name = "challenge")] public string? ChallengeToken { get; set; }
    [BindProperty] public string? Nonce { get; set; }
    [BindProperty] public string? Answer { get; set; }

    public IReadOnlyList<CitizenChoice> Categories { get; private set; } = [];

    public IReadOnlyList<CitizenChoice> Communes { get; private set; } = [];

    public SubmitChallenge Form { get; private set; } = null!;

    /// <summary>Field errors in Vietnamese, by the form's field names.</summary>
    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public MediaOptions Media => media.Value;

    public bool HasFiles { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await PrepareAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var files = Request.HasFormContentType ? Request.Form.Files.GetFiles(MediaIntake.Field) : [];
        HasFiles = files.Count > 0;
        switch (await challenges.CheckAsync(ChallengeToken, Nonce, Answer, ct))
        {
            case ChallengeCheck.Passed:
                break;
            case ChallengeCheck.Missing:
                Errors["answer"] = [t["Vui lòng trả lời câu hỏi kiểm tra."]];
                break;
            case ChallengeCheck.Expired or ChallengeCheck.Used:
                Errors["answer"] = [t["Biểu mẫu đã hết hạn. Vui lòng trả lời câu hỏi kiểm tra mới rồi gửi lại."]];
                break;
            default:
                Errors["answer"] = [t["Câu trả lời kiểm tra chưa đúng. Vui lòng thử lại."]];
                break;
        }

        double? lat = Number(Lat, "lat"), lon = Number(Lon, "lat");
        if (Errors.Count > 0)
        {
            await PrepareAsync(ct);
            return Page();
        }

        var submission = new ReportSubmission(Category?.Trim(), lat, lon, Address, Commune, Confidential, ContactConsent,
            Name, Phone, Email, Description)
        {
            Media = [.. files.Select(f => new IncomingMedia(f.FileName, f.ContentType, f.Length, f.OpenReadStream))],
        };
        switch (await intake.SubmitAsync(submission, Channel, apiKeyId: null, ct))
        {
            case SubmitAccepted accepted:
                TempData[ReceiptCode] = accepted.Code;
                TempData[ReceiptDue] = accepted.DueAt.UtcTicks.ToString(CultureInfo.InvariantCulture);
                TempData[ReceiptUrgent] = accepted.Urgent;
                TempData[ReceiptEmail] = !string.IsNullOrWhiteSpace(Email);
                TempData[ReceiptDuplicate] = accepted.DuplicateOf;
                TempData[ReceiptEarlierCode] = accepted.EarlierResult?.Code;
                TempData[ReceiptEarlierResult] = accepted.EarlierResult?.Result;
                return RedirectToPage("Received");
            case SubmitMediaNotStored notStored:
                Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                Errors["media"] = [notStored.Message];
                break;
            case SubmitUnknownCategory:
                Errors["category"] = [t["Lĩnh vực này không còn nhận phản ánh. Vui lòng chọn lĩnh vực khác."]];
                break;
            case SubmitInvalid invalid:
                foreach (var (key, messages) in invalid.Errors)
                {
                    var field = FieldOf(key);
                    Errors[field] = Errors.TryGetValue(field, out var before) ? [.. before, .. messages] : [.. messages];
                }

                break;
        }

        await PrepareAsync(ct);
        return Page();
    }

    public string? ErrorOf(string field) => Errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;

    public string? Invalid(string field) => Errors.ContainsKey(field) ? "true" : null;

    public string? DescribedBy(string field, string? hint = null) =>
        Errors.ContainsKey(field) ? $"{field}-error{(hint is null ? "" : " " + hint)}" : hint;

    /// <summary>The intake's field names (Open311's vocabulary) on this form's fields.</summary>
    private static string FieldOf(string key) => key switch
    {
        "service_code" => "category",
        "attribute[commune]" => "commune",
        "address_string" => "address",
        "lat" or "long" => "lat",
        "first_name" or "last_name" => "name",
        _ => key,
    };

    private double? Number(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        Errors[field] = [t["Toạ độ phải là số thập phân, ví dụ 22.3964 và 103.4589."]];
        return null;
    }

    private async Task PrepareAsync(CancellationToken ct)
    {
        Categories = await CitizenChoices.CategoriesAsync(db, activeOnly: true, ct);
        Communes = await CitizenChoices.CommunesAsync(db, clock, ct);
        Form = challenges.Issue();
    }
}
