using LaiChau.Host.Data;
using LaiChau.Host.Reports.Tracking;
using LaiChau.Host.Security;
using Microsoft.AspNetCore.Mvc;

namespace LaiChau.Host.Pages.Citizens;

/// <summary>
/// The tracking page's notices (issue 17 point 2), apart from the page so that the page keeps one job: by the secret
/// link every notice sent to the reporter, whole; by the code alone only their public parts.
/// </summary>
public sealed class TrackNoticesViewComponent(AppDbContext db, PersonalData personalData) : ViewComponent
{
    public sealed record Shown(IReadOnlyList<ReporterNotice> Notices, bool Private);

    public async Task<IViewComponentResult> InvokeAsync(string code, bool isPrivate)
    {
        var notices = isPrivate
            ? await ReporterNotices.PrivateAsync(db, personalData, code, HttpContext.RequestAborted)
            : await ReporterNotices.PublicAsync(db, code, HttpContext.RequestAborted);
        return View(new Shown(notices, isPrivate));
    }
}
