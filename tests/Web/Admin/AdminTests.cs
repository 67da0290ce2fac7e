using LaiChau.Web.Tests.Infrastructure;

namespace LaiChau.Web.Tests.Admin;

[Collection(WebCollection.Name)]
public sealed class AdminTests(WebFixture web)
{
    [Theory]
    [InlineData("an.nguyen")]
    [InlineData("soc.officer")]
    [InlineData("lan.le")]
    public async Task Admin_ForSomeoneWhoIsNotAnAdministrator_IsRefusedByUrl(string user)
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync(user, returnUrl: "/");

        var response = await page.GotoAsync("/quan-tri");

        Assert.Equal(403, response!.Status);
    }

    [Fact]
    public async Task Admin_CreatesAUserWhoSignsIn_ThenDisablesThemAndSignInIsRefused()
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync("quan.tri", returnUrl: "/quan-tri");
        await page.Locator("#userName").FillAsync("moi.tao");
        await page.Locator("#displayName").FillAsync("Cán bộ Mới Tạo");
        await page.Locator("#password").FillAsync("mat-khau-moi-2026");
        await page.Locator("#create button[type=submit]").ClickAsync();
        Assert.Equal("Đã tạo tài khoản moi.tao.", await page.Locator("p.success").InnerTextAsync());
        await WebFixture.ScreenshotAsync(page, "admin-users");

        var user = await web.NewPageAsync();
        await user.SignInAsync("moi.tao", password: "mat-khau-moi-2026", returnUrl: "/");
        Assert.Equal("moi.tao", await user.Locator("header .who").InnerTextAsync());

        await page.Locator("tr[data-user='moi.tao'] button.danger").ClickAsync();
        Assert.Equal("Đã vô hiệu hoá tài khoản moi.tao.", await page.Locator("p.success").InnerTextAsync());

        var again = await web.NewPageAsync();
        await again.SignInAsync("moi.tao", password: "mat-khau-moi-2026");
        Assert.Equal("Tài khoản đã bị vô hiệu hoá.", await again.Locator("p.error").InnerTextAsync());
    }

    [Fact]
    public async Task Admin_CreateWithAShortPasswordAndNoName_ShowsVietnameseFieldErrorsAndSavesNothing()
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync("quan.tri", returnUrl: "/quan-tri");
        await page.Locator("#userName").FillAsync("thieu.ten");
        await page.Locator("#password").FillAsync("ngan1");
        await page.Locator("#create button[type=submit]").ClickAsync();

        Assert.Equal("true", await page.Locator("#displayName").GetAttributeAsync("aria-invalid"));
        Assert.Equal("Cần họ tên (tối đa 200 ký tự).", await page.Locator("#displayName-error").InnerTextAsync());
        Assert.Equal("true", await page.Locator("#password").GetAttributeAsync("aria-invalid"));
        Assert.Equal("thieu.ten", await page.Locator("#userName").InputValueAsync());
        Assert.Equal(0, await page.Locator("tr[data-user='thieu.ten']").CountAsync());
    }
}
