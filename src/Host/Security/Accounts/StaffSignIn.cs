using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace LaiChau.Host.Security.Accounts;

/// <summary>
/// The staff cookie of the web UI (Identity's application cookie): HttpOnly, SameSite=Lax (links from e-mails open a
/// case), Secure on HTTPS, 8 hours sliding. It is honoured on pages only, never on <c>/api</c> or <c>/open311</c>, so the
/// APIs stay free of cookie CSRF; pages carry antiforgery tokens.
/// </summary>
public static class StaffSignIn
{
    public static readonly string Scheme = IdentityConstants.ApplicationScheme;
    public const string CookieName = "laichau.staff";
    public const string SignInPath = "/dang-nhap";
    public const string SignOutPath = "/dang-xuat";
    public const string AccessDeniedPath = "/khong-duoc-phep";

    /// <summary>A disabled or changed account loses its session within this time (security stamp check).</summary>
    public static readonly TimeSpan StampCheckInterval = TimeSpan.FromMinutes(1);

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        options.LoginPath = SignInPath;
        options.LogoutPath = SignOutPath;
        options.AccessDeniedPath = AccessDeniedPath;
        options.ReturnUrlParameter = "returnUrl";
    }

    /// <summary>API paths answer with status codes and problem details, never with the sign-in page.</summary>
    public static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/open311", StringComparison.OrdinalIgnoreCase);

    /// <summary>Only local pages are return targets (no open redirect).</summary>
    public static string SafeReturnUrl(string? returnUrl, string fallback) =>
        returnUrl == "/" ? returnUrl
        : returnUrl is { Length: > 1 } url && url[0] == '/' && url[1] != '/' && url[1] != '\\'
            && !url.Contains('\\', StringComparison.Ordinal) && !IsApi(new PathString(url.Split('?')[0]))
            ? url
            : fallback;
}
