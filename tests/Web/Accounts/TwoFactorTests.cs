using LaiChau.Testing;
using LaiChau.Web.Tests.Infrastructure;

namespace LaiChau.Web.Tests.Accounts;

[Collection(WebCollection.Name)]
public sealed class TwoFactorTests(WebFixture web)
{
    [Fact]
    public async Task TwoFactor_OnceEnabled_SignInAsksForTheAuthenticatorCode()
    {
        await web.World.AccountAsync("totp.user", roles: []);
        var page = await web.NewPageAsync();
        await page.SignInAsync("totp.user", returnUrl: "/tai-khoan");
        var key = (await page.Locator("#authenticator-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        await page.Locator("#code").FillAsync(AuthenticatorCodes.Now(key));
        await page.Locator("#two-factor button[type=submit]").ClickAsync();
        Assert.Equal("Đã bật xác thực hai bước.", await page.Locator("p.success").InnerTextAsync());

        await page.Context.ClearCookiesAsync();
        await page.SignInAsync("totp.user", returnUrl: "/tai-khoan");
        Assert.Contains("/dang-nhap/ma", page.Url, StringComparison.Ordinal);
        await page.Locator("#code").FillAsync("000000");
        await page.Locator("form.narrow button[type=submit]").ClickAsync();
        Assert.Equal("Mã xác thực không đúng.", await page.Locator("p.error").InnerTextAsync());

        await page.Locator("#code").FillAsync(AuthenticatorCodes.Now(key));
        await page.Locator("form.narrow button[type=submit]").ClickAsync();
        Assert.Equal(web.Host.BaseUrl + "/tai-khoan", page.Url);
    }
}
