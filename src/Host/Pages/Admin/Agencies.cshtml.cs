using LaiChau.Host.Data;
using LaiChau.Host.ReferenceData;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Pages.Admin;

/// <summary>Administration: the agencies with their focal leader (R12.1).</summary>
public sealed class AgenciesModel(AppDbContext db) : PageModel
{
    public sealed record Line(string Code, string Name, bool Active, int Members, string? FocalLeader);

    public IReadOnlyList<Line> Agencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Code)
            .Select(a => new Line(a.Code, a.Name, a.Active, a.Members.Count, a.Members.Where(m => m.IsFocalLeader).Select(m => m.FullName).FirstOrDefault()))
            .ToListAsync(ct);
}
