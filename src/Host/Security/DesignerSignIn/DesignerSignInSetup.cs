using LaiChau.Host.Designer;
using LaiChau.Host.Security.Accounts;
using LaiChau.Host.Security.ApiKeys;
using Microsoft.AspNetCore.Authentication;

namespace LaiChau.Host.Security.DesignerSignIn;

/// <summary>
/// The browser's way in for administrators: the designer's session (a key's cookie or the staff cookie) beside
/// X-Api-Key, chosen per request. See docs/designer.md and ADRs 0010, 0013.
/// </summary>
public static class DesignerSignInSetup
{
    public const string SelectorScheme = "ApiKeyOrDesignerCookie";

    public static WebApplicationBuilder AddDesignerSignIn(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication()
            .AddCookie(DesignerCookie.Scheme, DesignerCookie.Configure)
            .AddScheme<AuthenticationSchemeOptions, DesignerSessionHandler>(DesignerSession.Scheme, o =>
            {
                o.ForwardChallenge = DesignerCookie.Scheme;
                o.ForwardForbid = DesignerCookie.Scheme;
            })
            .AddPolicyScheme(SelectorScheme, displayName: null, o => o.ForwardDefaultSelector = SelectScheme);
        // Registered after AddApiKeys, so this default wins; X-Api-Key callers see no change.
        builder.Services.Configure<AuthenticationOptions>(o => o.DefaultScheme = SelectorScheme);
        return builder;
    }

    /// <summary>
    /// A request with X-Api-Key is a machine client; a designer page, or one of the designer's API calls from a browser
    /// with a session, is the designer; any other page is the web UI (staff cookie); another API call with the designer
    /// cookie uses it (ADR 0010); the rest is an API call without credentials. The staff cookie never reaches other APIs.
    /// </summary>
    private static string SelectScheme(HttpContext context)
    {
        var path = context.Request.Path;
        return context.Request.Headers.ContainsKey(ApiKeyRules.HeaderName) ? ApiKeyRules.Scheme
            : DesignerPaths.IsPage(path) ? DesignerSession.Scheme
            : !StaffSignIn.IsApi(path) ? StaffSignIn.Scheme
            : DesignerSession.IsDesignerCall(context) ? DesignerSession.Scheme
            : context.Request.Cookies.ContainsKey(DesignerCookie.Name) ? DesignerCookie.Scheme
            : ApiKeyRules.Scheme;
    }
}
