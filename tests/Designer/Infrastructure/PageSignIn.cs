using Microsoft.Playwright;

namespace LaiChau.Designer.Tests.Infrastructure;

public static class PageSignIn
{
    /// <summary>Fills the sign-in form as an administrator would (paste the key, submit).</summary>
    public static async Task SignInAsync(this IPage page, string apiKey)
    {
        await page.GotoAsync("/designer/sign-in");
        await page.Locator("#apiKey").FillAsync(apiKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
    }
}
