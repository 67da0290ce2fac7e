using LaiChau.Host.Designer;
using System.Security.Claims;
using LaiChau.Host.Data;
using LaiChau.Host.Security.Accounts;
using LaiChau.Host.Security.ApiKeys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Security.DesignerSignIn;

/// <summary>
/// <c>/designer/sign-in</c>: an administrator already signed in (staff account or key) goes straight to the designer;
/// anyone else is offered the staff sign-in (ADR 0013) or pastes an API key, which the server checks as the X-Api-Key
/// handler does and turns into the designer cookie with the same principal. Keys of other roles are refused here.
/// </summary>
public static class SignInWithApiKey
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(DesignerPaths.SignIn, ShowForm).AllowAnonymous().ExcludeFromDescription();
        app.MapPost(DesignerPaths.SignIn, SignInAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapPost(DesignerPaths.SignOut, SignOutAsync).RequireAuthorization(ApiKeysSetup.AdministratorPolicy).ExcludeFromDescription();
    }

    private static IResult ShowForm(HttpContext context, string? returnUrl)
    {
        var target = DesignerPaths.SafeReturnUrl(returnUrl);
        if (context.User.IsInRole(ApiKeyRoles.Administrator))
        {
            return Results.Redirect(target);
        }

        // A staff account without the role is told so here (the designer itself answers it with the 403 page).
        var staff = context.User.Identity is { IsAuthenticated: true, AuthenticationType: DesignerSession.Scheme, Name: { } name }
            ? $"Tài khoản cán bộ {name} không có quyền quản trị: hãy đăng nhập bằng tài khoản quản trị viên hoặc khóa API quản trị."
            : null;
        return Form(context, target, error: null, StatusCodes.Status200OK, staff);
    }

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

    /// <summary>Ends both sessions the designer may be using, else the sign-in form would lead straight back in.</summary>
    private static async Task SignOutAsync(HttpContext context, StaffSignInManager staff)
    {
        await context.SignOutAsync(DesignerCookie.Scheme);
        await staff.SignOutAsync();
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    private static IResult Form(HttpContext context, string returnUrl, string? error, int status, string? notice = null)
    {
        var token = SignInFormToken.Issue(context);
        context.Response.Headers.CacheControl = "no-store";
        var page = SignInPage.Render(new SignInPage.Model(SignInFormToken.FieldName, token, returnUrl, error, notice));
        return Results.Content(page, "text/html; charset=utf-8", statusCode: status);
    }
}
