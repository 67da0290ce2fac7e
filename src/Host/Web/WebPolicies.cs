using LaiChau.Host.Security.Accounts;
using LaiChau.Host.Security.ApiKeys;
using LaiChau.Host.Security.Staff;
using Microsoft.AspNetCore.Authorization;

namespace LaiChau.Host.Web;

/// <summary>
/// Who may open which pages (R2.3's four faces). Pages authenticate with the staff cookie only; what a person may do
/// with one report is still checked per report by the same code as the API (ReportAccess, the engine's candidate check).
/// </summary>
public static class WebPolicies
{
    /// <summary>Officers, leaders, the monitoring centre and administrators.</summary>
    public const string Staff = "web:staff";

    /// <summary>Leaders of an agency (supervision) and the monitoring centre.</summary>
    public const string Leaders = "web:leaders";

    public const string MonitoringCentre = "web:centre";

    public const string Administrator = "web:admin";

    public static void Add(AuthorizationBuilder builder) => builder
        .AddPolicy(Staff, p => Cookie(p).RequireRole(ApiKeyRoles.Staff, StaffRoles.Administrator))
        .AddPolicy(Leaders, p => Cookie(p).RequireAssertion(c =>
            c.User.IsInRole(StaffClaims.MonitoringCentreRole)
            || c.User.FindAll(StaffClaims.GroupClaim).Any(g => g.Value.StartsWith("leaders:", StringComparison.Ordinal))))
        .AddPolicy(MonitoringCentre, p => Cookie(p).RequireRole(StaffClaims.MonitoringCentreRole))
        .AddPolicy(Administrator, p => Cookie(p).RequireRole(StaffRoles.Administrator));

    private static AuthorizationPolicyBuilder Cookie(AuthorizationPolicyBuilder policy) =>
        policy.AddAuthenticationSchemes(StaffSignIn.Scheme).RequireAuthenticatedUser();
}
