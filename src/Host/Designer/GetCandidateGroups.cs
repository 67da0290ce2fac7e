using LaiChau.Host.Data;
using LaiChau.Host.Security.Staff;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Designer;

/// <summary>
/// <c>GET /api/v1/designer/candidate-groups</c>: the groups a user task can be offered to, as <see cref="StaffClaims"/>
/// gives them to staff — every officer of an agency (<c>agency:&lt;code&gt;</c>) and its leaders
/// (<c>leaders:&lt;code&gt;</c>) — with Vietnamese labels for the designer's choice list.
/// </summary>
public static class GetCandidateGroups
{
    public sealed record Item(string Value, string Label, string AgencyCode, bool Active);

    public static void Map(RouteGroupBuilder group) => group.MapGet("/candidate-groups", HandleAsync).WithSummary("The agencies' officer and leader groups, with Vietnamese labels");

    public static async Task<IReadOnlyList<Item>> HandleAsync(AppDbContext db, CancellationToken ct)
    {
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Code)
            .Select(a => new { a.Code, a.Name, a.Active }).ToListAsync(ct);
        // An inactive agency is still offered (a process may be drawn before its staff is named), but said so.
        return [.. agencies.SelectMany(a =>
        {
            var suffix = a.Active ? "" : " (chưa hoạt động)";
            return new[]
            {
                new Item(StaffClaims.AgencyGroup(a.Code), $"Cán bộ — {a.Name}{suffix}", a.Code, a.Active),
                new Item(StaffClaims.LeadersGroup(a.Code), $"Lãnh đạo — {a.Name}{suffix}", a.Code, a.Active),
            };
        })];
    }
}
