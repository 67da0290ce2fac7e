using System.Security.Claims;
using LaiChau.Host.Security.ApiKeys;
using LaiChau.Workflows.Engine;

namespace LaiChau.Host.Workflows;

internal static class Actors
{
    /// <summary>The caller as the engine sees them for user tasks (groups from "group" claims).</summary>
    public static TaskActor Of(ClaimsPrincipal user) => new(
        user.Identity?.Name ?? "unknown",
        [.. user.FindAll("group").Select(c => c.Value)],
        user.IsInRole(ApiKeyRoles.Administrator),
        SeesAll: user.IsInRole(Security.Staff.StaffClaims.MonitoringCentreRole)); // R11.1
}
