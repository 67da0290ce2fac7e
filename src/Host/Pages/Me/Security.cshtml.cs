using LaiChau.Host.Security.Accounts;
using LaiChau.Host.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace LaiChau.Host.Pages.Me;

/// <summary>One's own account: change the password, switch the authenticator app (TOTP) on or off (issue 8 point 2).</summary>
public sealed class SecurityModel(StaffSignInManager signIn, UiText t) : PageModel
{
    private UserManager<StaffUser> Users => signIn.UserManager;

    public bool TwoFactorEnabled { get; private set; }

    public string FormattedKey { get; private set; } = "";

    public string QrDataUri { get; private set; } = "";

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await ShowAsync();

    public async Task<IActionResult> OnPostPasswordAsync(string? current, string? next)
    {
        var user = await CurrentAsync();
        var result = await Users.ChangePasswordAsync(user, current ?? "", next ?? "");
        if (result.Succeeded)
        {
            await signIn.RefreshSignInAsync(user); // the stamp changed: keep this session, end the others
            Message = t["Đã đổi mật khẩu."];
        }
        else
        {
            Error = string.Join(" ", result.Errors.Select(e => e.Description));
        }

        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostEnableTwoFactorAsync(string? code)
    {
        var user = await CurrentAsync();
        var digits = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (!await Users.VerifyTwoFactorTokenAsync(user, Users.Options.Tokens.AuthenticatorTokenProvider, digits))
        {
            Error = t["Mã xác thực không đúng."];
            return await ShowAsync();
        }

        await Users.SetTwoFactorEnabledAsync(user, true);
        await signIn.RefreshSignInAsync(user);
        Message = t["Đã bật xác thực hai bước."];
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostDisableTwoFactorAsync()
    {
        var user = await CurrentAsync();
        await Users.SetTwoFactorEnabledAsync(user, false);
        await Users.ResetAuthenticatorKeyAsync(user); // a later enrolment starts from a new key
        await signIn.RefreshSignInAsync(user);
        Message = t["Đã tắt xác thực hai bước."];
        return await ShowAsync();
    }

    private async Task<StaffUser> CurrentAsync() =>
        await Users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in account no longer exists.");

    private async Task<IActionResult> ShowAsync()
    {
        var user = await CurrentAsync();
        TwoFactorEnabled = await Users.GetTwoFactorEnabledAsync(user);
        if (!TwoFactorEnabled)
        {
            var key = await Users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                await Users.ResetAuthenticatorKeyAsync(user);
                key = await Users.GetAuthenticatorKeyAsync(user) ?? "";
            }

            FormattedKey = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
            var uri = $"otpauth://totp/LaiChau:{Uri.EscapeDataString(user.UserName!)}?secret={key}&issuer=LaiChau&digits=6";
            using var generator = new QRCodeGenerator();
            using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
            QrDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
        }

        return Page();
    }
}
