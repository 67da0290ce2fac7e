using LaiChau.Host.Data;
using LaiChau.Host.Reports.Staff;
using LaiChau.Host.Web.Supervision;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Pages.Supervision;

/// <summary>
/// Agency supervision (issue 8 point 3): a leader sees the agencies they lead; the monitoring centre may pick any.
/// Another agency asked for by URL answers 403, as the monthly report API does.
/// </summary>
public sealed class IndexModel(AgencySupervision supervision, AppDbContext db) : PageModel
{
    public AgencySupervision.Figures Figures { get; private set; } = null!;

    /// <summary>The agencies this person may pick (code, name).</summary>
    public IReadOnlyList<(string Code, string Name)> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? agency, CancellationToken ct)
    {
        var access = new ReportAccess(User);
        var all = await db.Agencies.AsNoTracking().Where(a => a.Active).OrderBy(a => a.Name).Select(a => new { a.Code, a.Name }).ToListAsync(ct);
        Choices = [.. all.Where(a => access.SeesAll || access.IsLeader(a.Code)).Select(a => (a.Code, a.Name))];
        var code = agency ?? (Choices.Count > 0 ? Choices[0].Code : null);
        if (code is null || !(access.SeesAll || access.IsLeader(code)))
        {
            return Forbid();
        }

        if (await supervision.ReadAsync(code, ct) is not { } figures)
        {
            return NotFound();
        }

        Figures = figures;
        return Page();
    }
}
