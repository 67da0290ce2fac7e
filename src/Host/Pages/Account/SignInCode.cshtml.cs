using LaiChau.Host.Security.Accounts;
using LaiChau.Host.Web;
using LaiChau.Host.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaiChau.Host.Pages.Account;

/// <summary>The second step for accounts with an authenticator app (TOTP).</summary>
public sealed class SignInCodeModel(StaffSignInManager signIn, UiText t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Remember { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("SignIn", new { returnUrl = ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync(string? code)
    {
        var digits = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(digits, Remember, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(StaffSignIn.SafeReturnUrl(ReturnUrl, WebPaths.Inbox));
        }

        Error = result.IsLockedOut ? t["Tài khoản tạm khoá do nhập sai nhiều lần. Thử lại sau {0} phút.", 15] : t["Mã xác thực không đúng."];
        return Page();
    }
}
