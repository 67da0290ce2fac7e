using LaiChau.Host.Data;
using LaiChau.Host.Errors;
using LaiChau.Host.Mail;
using LaiChau.Host.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaiChau.Host.Pages.Admin;

/// <summary>
/// Administration: notice templates, saved by the same code as <c>PUT /api/v1/notice-templates/{kind}</c> — refused
/// unless the template renders (and the SMS fits two parts, issue 17), the reason in the page's language; "restore" goes back to the shipped text.
/// </summary>
public sealed class NoticesModel(AppDbContext db, NoticeTemplateStore store, TimeProvider clock, UiText t) : PageModel
{
    public IReadOnlyList<NoticeTemplateEndpoints.Template> Templates { get; private set; } = [];

    /// <summary>The kind whose form was posted with errors, with what was typed.</summary>
    public string? Failed { get; private set; }

    public string? FailedSubject { get; private set; }

    public string? FailedText { get; private set; }

    public string? FailedSms { get; private set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Templates = (await NoticeTemplateEndpoints.ListAsync(db, ct)).Value!;

    public async Task<IActionResult> OnPostAsync(string? kind, string? subject, string? text, string? sms, CancellationToken ct)
    {
        if (NoticeKinds.Parse(kind ?? "") is null)
        {
            return NotFound();
        }

        var errors = new FieldErrors();
        if (await NoticeTemplateEndpoints.SaveAsync(kind!, new(subject, text, sms), User.Identity?.Name ?? "unknown", db, store, clock, errors, ct) is null)
        {
            (Failed, FailedSubject, FailedText, FailedSms) = (kind, subject, text, sms);
            foreach (var error in errors.All)
            {
                Errors[error.Key] = t[error.Message];
            }

            Templates = (await NoticeTemplateEndpoints.ListAsync(db, ct)).Value!;
            return Page();
        }

        Message = t["Đã lưu mẫu {0}.", kind];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRestoreAsync(string? kind, CancellationToken ct)
    {
        if ((await NoticeTemplateEndpoints.DeleteAsync(kind ?? "", db, store, ct)).Result is Microsoft.AspNetCore.Http.HttpResults.NotFound)
        {
            return NotFound();
        }

        Message = t["Đã khôi phục mẫu mặc định {0}.", kind];
        return RedirectToPage();
    }
}
