using LaiChau.Host.Designer;
using LaiChau.Host.Data;
using LaiChau.Host.Security.Accounts;
using LaiChau.Host.Security.ApiKeys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Security.DesignerSignIn;

/// <summary>
/// The cookie that carries an administrator's API-key principal for the browser (pages cannot send X-Api-Key).
/// HttpOnly, SameSite=Strict, Secure on HTTPS, 30 minutes sliding; refused on unsafe requests without the designer header.
/// </summary>
public static class DesignerCookie
{
    public const string Scheme = "DesignerCookie";
    public const string Name = "laichau.designer";
    public const string CsrfHeader = "X-Requested-With";
    public const string CsrfHeaderValue = "laichau-designer";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = Name;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.Cookie.Path = "/"; // the designer's API calls go to /api/v1
        options.ExpireTimeSpan = Lifetime;
        options.SlidingExpiration = true;
        options.LoginPath = DesignerPaths.SignIn;
        options.AccessDeniedPath = StaffSignIn.AccessDeniedPath; // staff without the Administrator role (ADR 0013)
        options.Events.OnValidatePrincipal = ValidateAsync;
        options.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
    }

    /// <summary>
    /// CSRF: a cross-site form cannot set a custom header, so a cookie alone never authorises a POST (SameSite=Strict
    /// is the first guard, this the second). A revoked key ends its cookie at the next request.
    /// </summary>
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (!CarriesCsrfProof(context.HttpContext.Request))
        {
            context.RejectPrincipal();
            return;
        }

        var id = Guid.TryParse(context.Principal?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, out var keyId) ? keyId : Guid.Empty;
        var db = context.HttpContext.RequestServices.GetRequiredService<AppDbContext>();
        var active = await db.ApiKeys.AsNoTracking()
            .AnyAsync(k => k.Id == id && k.RevokedAt == null && k.Role == ApiKeyRoles.Administrator, context.HttpContext.RequestAborted);
        if (!active)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }

    /// <summary>Safe methods need nothing more; an unsafe one needs the designer header (see <see cref="ValidateAsync"/>).</summary>
    public static bool CarriesCsrfProof(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
        || request.Headers[CsrfHeader] == CsrfHeaderValue;

    /// <summary>Pages go to the sign-in form or the 403 page; API calls get a status, never a redirect to HTML.</summary>
    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (DesignerPaths.IsPage(context.Request.Path))
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = status;
        }

        return Task.CompletedTask;
    }
}
