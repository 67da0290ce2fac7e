using System.Globalization;
using LaiChau.Host.Reports;
using LaiChau.Host.Reports.Tracking;
using LaiChau.Host.Web;
using LaiChau.Workflows.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaiChau.Host.Pages.Citizens;

/// <summary>The receipt after a report is taken (POST-redirect-GET): its code, deadline and private tracking link, once.</summary>
public sealed class ReceivedModel(TrackingLinks links) : PageModel
{
    public string Code { get; private set; } = "";

    public DateTimeOffset DueAt { get; private set; }

    public bool Urgent { get; private set; }

    public bool EmailGiven { get; private set; }

    public string? DuplicateOf { get; private set; }

    /// <summary>R5.7: a report of the same matter resolved lately, and its result, told at intake.</summary>
    public string? EarlierCode { get; private set; }

    public string? EarlierResult { get; private set; }

    /// <summary>
    /// The reporter's own tracking link (issue 17 point 3): a reporter with only a phone has no e-mail to keep it in,
    /// so the receipt, shown once to whoever submitted, gives it to be saved.
    /// </summary>
    public string TrackingUrl => links.RelativeUrl(Code);

    public IActionResult OnGet()
    {
        if (TempData[SubmitModel.ReceiptCode] is not string code
            || !long.TryParse(TempData[SubmitModel.ReceiptDue] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var due))
        {
            // Reloaded or opened directly: the receipt was shown once; tracking shows the rest.
            return Redirect(WebPaths.Track);
        }

        Code = code;
        // The page holds the secret link: never sent on to another site, never kept by a shared cache.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Response.Headers.CacheControl = "no-store";
        DueAt = VietnamTime.Of(new DateTimeOffset(due, TimeSpan.Zero));
        Urgent = TempData[SubmitModel.ReceiptUrgent] is true;
        EmailGiven = TempData[SubmitModel.ReceiptEmail] is true;
        DuplicateOf = TempData[SubmitModel.ReceiptDuplicate] as string;
        EarlierCode = TempData[SubmitModel.ReceiptEarlierCode] as string;
        EarlierResult = TempData[SubmitModel.ReceiptEarlierResult] as string;
        return Page();
    }
}
