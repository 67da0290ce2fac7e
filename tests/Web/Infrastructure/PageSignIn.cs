using Microsoft.Playwright;

namespace LaiChau.Web.Tests.Infrastructure;

public static class PageSignIn
{
    /// <summary>Signs in through the form as a person would; lands on <paramref name="returnUrl"/> (the inbox by default).</summary>
    public static async Task SignInAsync(this IPage page, string user, string password = WebWorld.Password, string? returnUrl = null)
    {
        await page.GotoAsync(returnUrl is null ? "/dang-nhap" : $"/dang-nhap?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.Locator("#userName").FillAsync(user);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("form.narrow button[type=submit]").ClickAsync();
    }
}
