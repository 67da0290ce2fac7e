using LaiChau.Host.Security.Accounts;
using LaiChau.Host.Web;
using LaiChau.Host.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaiChau.Host.Pages.Account;

/// <summary>Staff sign in with user name and password; five wrong passwords lock the account for 15 minutes.</summary>
public sealed class SignInModel(StaffSignInManager signIn, UiText t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? UserName { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? password, bool remember)
    {
        var name = UserName?.Trim().ToLowerInvariant() ?? "";
        var user = name.Length == 0 ? null : await signIn.UserManager.FindByNameAsync(name);
        if (user is null || string.IsNullOrEmpty(password))
        {
            Error = t["Tên đăng nhập hoặc mật khẩu không đúng."];
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(StaffSignIn.SafeReturnUrl(ReturnUrl, WebPaths.Inbox));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("SignInCode", new { returnUrl = ReturnUrl, remember });
        }

        Error = result.IsLockedOut ? t["Tài khoản tạm khoá do nhập sai nhiều lần. Thử lại sau {0} phút.", LockoutMinutes(user)]
            : result.IsNotAllowed ? t["Tài khoản đã bị vô hiệu hoá."]
            : t["Tên đăng nhập hoặc mật khẩu không đúng."];
        return Page();
    }

    /// <summary>Identity stamps the lockout with the system clock (it takes no TimeProvider), so it is read the same way.</summary>
    private static int LockoutMinutes(StaffUser user) =>
        user.LockoutEnd is { } end ? Math.Max(1, (int)Math.Ceiling((end - TimeProvider.System.GetUtcNow()).TotalMinutes)) : 15;
}
