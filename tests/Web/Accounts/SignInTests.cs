using System.Net;
using LaiChau.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LaiChau.Web.Tests.Accounts;

[Collection(WebCollection.Name)]
public sealed class SignInTests(WebFixture web)
{
    [Fact]
    public async Task SignIn_WithRightPassword_ShowsTheUserAndReturnsToThePageAsked()
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync("an.nguyen", returnUrl: "/");

        Assert.Equal(web.Host.BaseUrl + "/", page.Url);
        Assert.Equal("an.nguyen", await page.Locator("header .who").InnerTextAsync());
        await WebFixture.ScreenshotAsync(page, "home-signed-in");
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_SaysSoInVietnamese()
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync("minh.do", password: "wrong-password-1");

        Assert.Contains("/dang-nhap", page.Url, StringComparison.Ordinal);
        Assert.Equal("Tên đăng nhập hoặc mật khẩu không đúng.", await page.Locator("p.error").InnerTextAsync());
    }

    [Fact]
    public async Task AccountPage_WithoutSignIn_LeadsToTheSignInFormAndBack()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync("/tai-khoan");
        Assert.Contains("/dang-nhap?returnUrl=%2Ftai-khoan", page.Url, StringComparison.Ordinal);

        await page.Locator("#userName").FillAsync("hoa.vu");
        await page.Locator("#password").FillAsync(WebWorld.Password);
        await page.Locator("form.narrow button[type=submit]").ClickAsync();

        Assert.Equal(web.Host.BaseUrl + "/tai-khoan", page.Url);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        await web.World.AccountAsync("lock.me", roles: []);
        var page = await web.NewPageAsync();
        for (var i = 0; i < 5; i++)
        {
            await page.SignInAsync("lock.me", password: $"wrong-password-{i}");
        }

        await page.SignInAsync("lock.me");

        Assert.StartsWith("Tài khoản tạm khoá do nhập sai nhiều lần.", await page.Locator("p.error").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_WithTheStaffCookieOnly_IsRefused()
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync("soc.officer", returnUrl: "/");

        // The cookie is for pages; the API answers only to API keys (no cookie CSRF on the API).
        var response = await page.Context.APIRequest.GetAsync("/api/v1/reports");
        Assert.Equal((int)HttpStatusCode.Unauthorized, response.Status);
    }

    [Fact]
    public async Task LanguageSwitch_ToEnglish_TranslatesThePageAndStays()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "EN", Exact = true }).ClickAsync();

        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Report a problem", await page.Locator("section.hero a.primary").InnerTextAsync());
        await page.GotoAsync("/dang-nhap");
        Assert.Equal("Sign in", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task UnknownPage_ShowsAnHtmlNotFoundPage()
    {
        var page = await web.NewPageAsync();
        var response = await page.GotoAsync("/khong-co-trang-nay");

        Assert.Equal(404, response!.Status);
        Assert.Equal("Không tìm thấy trang.", await page.Locator("h1").InnerTextAsync());
    }
}
