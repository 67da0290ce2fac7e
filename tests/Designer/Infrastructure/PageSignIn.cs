using Microsoft.Playwright;

namespace LaiChau.Designer.Tests.Infrastructure;

public static class PageSignIn
{
    /// <summary>The password of the staff accounts the tests make.</summary>
    public const string StaffPassword = "Lai-chau-2026";

    /// <summary>Fills the sign-in form as an administrator would (paste the key, submit).</summary>
    public static async Task SignInAsync(this IPage page, string apiKey)
    {
        await page.GotoAsync("/designer/sign-in");
        await page.Locator("#apiKey").FillAsync(apiKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
    }

    /// <summary>Fills the web UI's staff sign-in form (<c>/dang-nhap</c>), on which the page already is.</summary>
    public static async Task FillStaffSignInAsync(this IPage page, string userName)
    {
        await page.Locator("#userName").FillAsync(userName);
        await page.Locator("#password").FillAsync(StaffPassword);
        await page.Locator("form.narrow button[type=submit]").ClickAsync();
    }
}
