using System.Security.Cryptography;
using LaiChau.Host.Designer;

namespace LaiChau.Host.Security.DesignerSignIn;

/// <summary>
/// CSRF guard of the sign-in form (double submit): a random token in a SameSite=Strict cookie and in the form must match.
/// Our own rather than IAntiforgery, because registering IAntiforgery makes every minimal-API form endpoint of the host
/// demand the antiforgery middleware.
/// </summary>
internal static class SignInFormToken
{
    public const string FieldName = "formToken";
    private const string CookieName = "laichau.designer.signin";

    public static string Issue(HttpContext context)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        context.Response.Cookies.Append(CookieName, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = DesignerPaths.SignIn,
            MaxAge = TimeSpan.FromHours(1),
        });
        return token;
    }

    public static bool IsValid(HttpContext context, string? posted)
    {
        var expected = context.Request.Cookies[CookieName];
        return expected is { Length: > 0 } && posted is { Length: > 0 }
            && CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(posted));
    }
}
