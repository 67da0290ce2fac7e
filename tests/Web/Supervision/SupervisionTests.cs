using LaiChau.Web.Tests.Infrastructure;

namespace LaiChau.Web.Tests.Supervision;

[Collection(WebCollection.Name)]
public sealed class SupervisionTests(WebFixture web)
{
    [Fact]
    public async Task Supervision_ForALeader_ShowsOnlyTheirAgencyAndItsOfficers()
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync("lan.le", returnUrl: "/giam-sat");

        Assert.Contains("Đoàn Kết", await page.Locator("#agency-name").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("select#agency").CountAsync());
        Assert.Equal(1, await page.Locator("#officers th:has-text('an.nguyen')").CountAsync());
        Assert.Equal(0, await page.Locator("#officers th:has-text('minh.do')").CountAsync());
        await WebFixture.ScreenshotAsync(page, "supervision");
    }

    [Fact]
    public async Task Supervision_AnotherAgencyByUrl_IsRefusedToALeader()
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync("lan.le", returnUrl: "/");

        var response = await page.GotoAsync("/giam-sat?agency=UBND-03390");

        Assert.Equal(403, response!.Status);
    }

    [Theory]
    [InlineData("an.nguyen")]
    [InlineData("outsider")]
    public async Task Supervision_ForSomeoneWhoLeadsNoAgency_IsRefused(string user)
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync(user, returnUrl: "/");

        var response = await page.GotoAsync("/giam-sat");

        Assert.Equal(403, response!.Status);
    }

    [Fact]
    public async Task Supervision_ForTheMonitoringCentre_MayPickAnyAgency()
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync("soc.officer", returnUrl: "/giam-sat?agency=UBND-03390");

        Assert.Contains("Bình Lư", await page.Locator("#agency-name").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#officers th:has-text('minh.do')").CountAsync());
        Assert.True(await page.Locator("select#agency option").CountAsync() > 2);
    }
}
