using System.Globalization;
using LaiChau.Host.Reports;
using LaiChau.Host.Web;
using LaiChau.Workflows.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaiChau.Host.Pages.Citizens;

/// <summary>The receipt after a report is taken (POST-redirect-GET): its code and deadline, once.</summary>
public sealed class ReceivedModel : PageModel
{
    public string Code { get; private set; } = "";

    public DateTimeOffset DueAt { get; private set; }

    public bool Urgent { get; private set; }

    public bool EmailGiven { get; private set; }

    public string? DuplicateOf { get; private set; }

    public IActionResult OnGet()
    {
        if (TempData[SubmitModel.ReceiptCode] is not string code
            || !long.TryParse(TempData[SubmitModel.ReceiptDue] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var due))
        {
            // Reloaded or opened directly: the receipt was shown once; tracking shows the rest.
            return Redirect(WebPaths.Track);
        }

        Code = code;
        DueAt = VietnamTime.Of(new DateTimeOffset(due, TimeSpan.Zero));
        Urgent = TempData[SubmitModel.ReceiptUrgent] is true;
        EmailGiven = TempData[SubmitModel.ReceiptEmail] is true;
        DuplicateOf = TempData[SubmitModel.ReceiptDuplicate] as string;
        return Page();
    }
}
