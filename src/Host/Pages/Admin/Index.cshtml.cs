using LaiChau.Host.Security.Accounts;
using LaiChau.Host.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaiChau.Host.Pages.Admin;

/// <summary>
/// Administration: staff accounts (issue 8 point 5) — list, create with roles, disable and enable, reset the password,
/// unlock; the same <see cref="StaffAccounts"/> and validation as <c>/api/v1/users</c>.
/// </summary>
public sealed class IndexModel(StaffAccounts accounts, UiText t) : PageModel
{
    public IReadOnlyList<StaffAccounts.AccountView> Accounts { get; private set; } = [];

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    [BindProperty]
    public NewUser Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? Error { get; set; }

    public sealed class NewUser
    {
        public string? UserName { get; set; }

        public string? DisplayName { get; set; }

        public string? Email { get; set; }

        public string? Password { get; set; }

        public bool Administrator { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct) => Accounts = await accounts.ListAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var errors = await accounts.CreateAsync(new StaffAccounts.NewAccount(
            Input.UserName, Input.DisplayName, Input.Email, Input.Password, Input.Administrator ? [StaffRoles.Administrator] : []));
        if (errors.Count > 0)
        {
            Errors = errors;
            Accounts = await accounts.ListAsync(ct);
            return Page();
        }

        Message = t["Đã tạo tài khoản {0}.", Input.UserName!.Trim()];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync(string userName) =>
        Done(await accounts.SetDisabledAsync(userName, true), t["Đã vô hiệu hoá tài khoản {0}.", userName]);

    public async Task<IActionResult> OnPostEnableAsync(string userName) =>
        Done(await accounts.SetDisabledAsync(userName, false), t["Đã mở lại tài khoản {0}.", userName]);

    public async Task<IActionResult> OnPostUnlockAsync(string userName) =>
        Done(await accounts.UnlockAsync(userName), t["Đã mở khoá tài khoản {0}.", userName]);

    /// <summary>R2.2: the mobile number urgent alerts go to by SMS; empty clears it.</summary>
    public async Task<IActionResult> OnPostPhoneAsync(string userName, string? phone)
    {
        var errors = await accounts.SetPhoneAsync(userName, phone);
        if (errors is { Count: > 0 })
        {
            Error = t["Chưa lưu số di động của {0}: {1}", userName, string.Join(" ", errors.Values.SelectMany(v => v))];
            return RedirectToPage();
        }

        return Done(errors is not null, string.IsNullOrWhiteSpace(phone) ? t["Đã xoá số di động của {0}.", userName] : t["Đã lưu số di động của {0}.", userName]);
    }

    public async Task<IActionResult> OnPostResetAsync(string userName, string? password)
    {
        var errors = await accounts.ResetPasswordAsync(userName, password);
        if (errors is null)
        {
            return Done(false, "");
        }

        if (errors.Count > 0)
        {
            Error = t["Chưa đặt lại mật khẩu cho {0}: {1}", userName, string.Join(" ", errors.Values.SelectMany(v => v))];
            return RedirectToPage();
        }

        return Done(true, t["Đã đặt lại mật khẩu cho {0}.", userName]);
    }

    private RedirectToPageResult Done(bool found, string message)
    {
        if (found)
        {
            Message = message;
        }
        else
        {
            Error = t["Không tìm thấy tài khoản."];
        }

        return RedirectToPage();
    }

    public string? FieldError(string field) => Errors.TryGetValue(field, out var e) ? string.Join(" ", e) : null;
}
