using LaiChau.Host.Designer;
using System.Security.Claims;
using LaiChau.Host.Data;
using LaiChau.Host.Security.ApiKeys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Security.DesignerSignIn;

/// <summary>
/// <c>/designer/sign-in</c>: an administrator pastes an API key; the server checks it as the X-Api-Key handler does and
/// sets the designer cookie with the same principal. Keys of other roles are refused here, not later.
/// </summary>
public static class SignInWithApiKey
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(DesignerPaths.SignIn, ShowForm).AllowAnonymous().ExcludeFromDescription();
        app.MapPost(DesignerPaths.SignIn, SignInAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapPost(DesignerPaths.SignOut, SignOutAsync).RequireAuthorization(ApiKeysSetup.AdministratorPolicy).ExcludeFromDescription();
    }

    private static IResult ShowForm(HttpContext context, string? returnUrl) =>
        Form(context, DesignerPaths.SafeReturnUrl(returnUrl), error: null, StatusCodes.Status200OK);

    private static async Task<IResult> SignInAsync(HttpContext context, AppDbContext db)
    {
        // Read by hand (no form binding): a stale or missing token gets the form again rather than a bare 400.
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
        if (form is null || !SignInFormToken.IsValid(context, form[SignInFormToken.FieldName]))
        {
            return Form(context, DesignerPaths.Home, "Biểu mẫu đã hết hạn: hãy thử lại.", StatusCodes.Status400BadRequest);
        }

        var returnUrl = DesignerPaths.SafeReturnUrl(form["returnUrl"]);
        var apiKey = form["apiKey"].ToString().Trim();
        var hash = apiKey.Length == 0 ? [] : ApiKeyRules.Hash(apiKey);
        var key = apiKey.Length == 0 ? null : await db.ApiKeys.AsNoTracking()
            .SingleOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, context.RequestAborted);
        if (key is null)
        {
            return Form(context, returnUrl, "Khóa API không đúng hoặc đã bị thu hồi.", StatusCodes.Status401Unauthorized);
        }

        if (key.Role != ApiKeyRoles.Administrator)
        {
            return Form(context, returnUrl, "Chỉ quản trị viên được dùng trình thiết kế.", StatusCodes.Status403Forbidden);
        }

        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, key.Id.ToString()),
            new(ClaimTypes.Name, key.Name),
            new(ClaimTypes.Role, key.Role),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, DesignerCookie.Scheme));
        await context.SignInAsync(DesignerCookie.Scheme, principal);
        return Results.Redirect(returnUrl);
    }

    private static async Task SignOutAsync(HttpContext context)
    {
        await context.SignOutAsync(DesignerCookie.Scheme);
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    private static IResult Form(HttpContext context, string returnUrl, string? error, int status)
    {
        var token = SignInFormToken.Issue(context);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Content(
            SignInPage.Render(SignInFormToken.FieldName, token, returnUrl, error), "text/html; charset=utf-8", statusCode: status);
    }
}
