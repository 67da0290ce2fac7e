using LaiChau.Host.Designer;
using LaiChau.Host.Security.Accounts;
using LaiChau.Host.Security.ApiKeys;
using Microsoft.AspNetCore.Authentication;

namespace LaiChau.Host.Security.DesignerSignIn;

/// <summary>
/// The browser's way in for administrators: the designer cookie beside X-Api-Key, chosen per request. See docs/designer.md.
/// </summary>
public static class DesignerSignInSetup
{
    public const string SelectorScheme = "ApiKeyOrDesignerCookie";

    public static WebApplicationBuilder AddDesignerSignIn(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication()
            .AddCookie(DesignerCookie.Scheme, DesignerCookie.Configure)
            .AddPolicyScheme(SelectorScheme, displayName: null, o => o.ForwardDefaultSelector = SelectScheme);
        // Registered after AddApiKeys, so this default wins; X-Api-Key callers see no change.
        builder.Services.Configure<AuthenticationOptions>(o => o.DefaultScheme = SelectorScheme);
        return builder;
    }

    /// <summary>
    /// A request with X-Api-Key is a machine client; one for a designer page, or an API call with the designer cookie, is
    /// the designer; any other page is the web UI (staff cookie); the rest is an API call without credentials.
    /// </summary>
    private static string SelectScheme(HttpContext context)
    {
        var path = context.Request.Path;
        return context.Request.Headers.ContainsKey(ApiKeyRules.HeaderName) ? ApiKeyRules.Scheme
            : DesignerPaths.IsPage(path) ? DesignerCookie.Scheme
            : !StaffSignIn.IsApi(path) ? StaffSignIn.Scheme
            : context.Request.Cookies.ContainsKey(DesignerCookie.Name) ? DesignerCookie.Scheme
            : ApiKeyRules.Scheme;
    }
}
