using System.Security.Claims;
using LaiChau.Host.Data;
using LaiChau.Host.ReferenceData;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Security.Staff;

/// <summary>
/// Gives a signed-in staff member the groups the field-report process assigns tasks to
/// (docs/field-report-process.md): <c>agency:&lt;code&gt;</c> for each agency they belong to, <c>leaders:&lt;code&gt;</c>
/// where they lead, and the <see cref="MonitoringCentreRole"/> for members of SOC-IOC, who see everything (R11.1).
/// Membership is read once per request, so a removed officer loses access at the next one. Whatever signed the user in
/// (a staff API key, Identity with the web UI, the designer's session) only has to name the user.
/// </summary>
public sealed class StaffClaims(AppDbContext db) : IClaimsTransformation
{
    public const string GroupClaim = "group";
    public const string MonitoringCentreRole = "MonitoringCentre";
    public const string Marker = "laichau:staff-claims";

    /// <summary>Names the membership query in the SQL it sends (logs, and the test that counts it).</summary>
    public const string QueryTag = "staff-claims: agency memberships";

    // Scoped, so one instance per request: every authentication of the request (the default scheme, then a policy's
    // scheme, then the designer's inner cookie) shares one read; the next request reads again.
    private readonly Dictionary<string, List<Membership>> _read = new(StringComparer.Ordinal);

    private sealed record Membership(string Code, AgencyKind Kind, MemberRole Role);

    public static string AgencyGroup(string agency) => $"agency:{agency}";

    public static string LeadersGroup(string agency) => $"leaders:{agency}";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not { IsAuthenticated: true, Name: { } userId } || principal.HasClaim(c => c.Type == Marker))
        {
            return principal;
        }

        var memberships = await MembershipsAsync(userId);
        var claims = new List<Claim> { new(Marker, "1") };
        // A web account is staff by membership (an API key carries its role already).
        if (memberships.Count > 0 && principal.Identity.AuthenticationType == Accounts.StaffSignIn.Scheme)
        {
            claims.Add(new Claim(ClaimTypes.Role, ApiKeys.ApiKeyRoles.Staff));
        }

        foreach (var m in memberships)
        {
            claims.Add(new Claim(GroupClaim, AgencyGroup(m.Code)));
            if (m.Role == MemberRole.Leader)
            {
                claims.Add(new Claim(GroupClaim, LeadersGroup(m.Code)));
            }

            if (m.Kind == AgencyKind.MonitoringCentre)
            {
                claims.Add(new Claim(ClaimTypes.Role, MonitoringCentreRole));
            }
        }

        var result = principal.Clone();
        result.AddIdentity(new ClaimsIdentity(claims));
        return result;
    }

    private async Task<List<Membership>> MembershipsAsync(string userId)
    {
        if (!_read.TryGetValue(userId, out var memberships))
        {
            memberships = await (
                from m in db.Set<AgencyMemberRow>().AsNoTracking().TagWith(QueryTag)
                join a in db.Agencies.AsNoTracking() on m.AgencyId equals a.Id
                where m.UserId == userId && a.Active
                select new Membership(a.Code, a.Kind, m.Role)).ToListAsync();
            _read[userId] = memberships;
        }

        return memberships;
    }

    /// <summary>The agencies a user belongs to (from the groups above).</summary>
    public static IReadOnlyList<string> Agencies(ClaimsPrincipal user) =>
        [.. user.FindAll(GroupClaim).Select(c => c.Value).Where(v => v.StartsWith("agency:", StringComparison.Ordinal)).Select(v => v["agency:".Length..])];
}
