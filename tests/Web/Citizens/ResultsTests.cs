using System.Globalization;
using System.Net.Http.Json;
using LaiChau.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LaiChau.Web.Tests.Citizens;

[Collection(WebCollection.Name)]
public sealed class ResultsTests(WebFixture web)
{
    [Fact]
    public async Task R3_3_PublicResults_ShowResolvedReportsButNeverConfidentialOrHiddenOnesAndStatisticsCountThem()
    {
        var page = await web.NewPageAsync();
        var before = await FiguresAsync(page, month: null);
        var month = await page.Locator("#thang").InputValueAsync();

        await CitizenPages.FillAsync(page, description: "Cây đổ chắn ngang đường lên bản Nậm Loỏng sau trận mưa đêm qua.");
        var open = await CitizenPages.SendAsync(page);
        await CitizenPages.FillAsync(page, description: "Rãnh thoát nước khu tập thể bị lấp đầy đất đá, nước tràn vào nhà dân.");
        var shown = await CitizenPages.SendAsync(page);
        await CitizenPages.FillAsync(page, description: "Hàng xóm đổ phế thải xây dựng ra lề đường suốt tuần qua, xin giữ kín.", confidential: true);
        var confidential = await CitizenPages.SendAsync(page);
        await CitizenPages.FillAsync(page, description: "Điểm tập kết rác gần trạm y tế phường chưa được thu gom nhiều ngày.");
        var hidden = await CitizenPages.SendAsync(page);
        foreach (var code in new[] { shown, confidential, hidden })
        {
            await CitizenProcess.ToResultAsync(web, code, $"Đơn vị đã xử lý xong phản ánh {code}, hiện trạng đã được khắc phục.");
        }

        var hide = await web.World.Admin.PostAsJsonAsync($"/api/v1/reports/{hidden}/hide", new { reason = "Nội dung xúc phạm cá nhân." });
        Assert.True(hide.IsSuccessStatusCode, await hide.Content.ReadAsStringAsync());

        await page.GotoAsync("/ket-qua?xa=03388&linh-vuc=khac");
        var codes = await page.Locator("[data-results] li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.code)");
        Assert.Contains(shown, codes);
        Assert.DoesNotContain(open, codes); // no result yet
        Assert.DoesNotContain(confidential, codes);
        Assert.DoesNotContain(hidden, codes);
        Assert.Equal($"Đơn vị đã xử lý xong phản ánh {shown}, hiện trạng đã được khắc phục.",
            await page.Locator($"[data-code='{shown}'] [data-result]").InnerTextAsync());
        var html = await page.ContentAsync();
        Assert.DoesNotContain("Trần Văn Bình", html, StringComparison.Ordinal); // no personal data
        Assert.DoesNotContain("0912", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Rãnh thoát nước khu tập thể", html, StringComparison.Ordinal); // not even the reporter's own words
        await WebFixture.ScreenshotAsync(page, "citizens-results");

        var after = await FiguresAsync(page, month);
        Assert.Equal(before.Received + 4, after.Received);
        Assert.Equal(before.Resolved + 3, after.Resolved);
        Assert.Equal(before.OnTime + 3, after.OnTime);
        Assert.True(await page.Locator("[data-table=by-commune] tbody tr").CountAsync() >= 1);
        Assert.Contains("Vấn đề khác", await page.Locator("[data-table=by-category]").InnerTextAsync(), StringComparison.Ordinal);
        await WebFixture.ScreenshotAsync(page, "citizens-statistics");
    }

    [Fact]
    public async Task Statistics_WithAMonthInTheFuture_SaysSoAndShowsTheCurrentMonth()
    {
        var page = await web.NewPageAsync(phone: true);
        await page.GotoAsync("/thong-ke?thang=2999-01");

        Assert.Equal("true", await page.Locator("#thang").GetAttributeAsync("aria-invalid"));
        Assert.StartsWith("Tháng không hợp lệ", await page.Locator("#thang-error").InnerTextAsync(), StringComparison.Ordinal);
        Assert.NotEqual("2999-01", await page.Locator("#thang").InputValueAsync());
    }

    private static async Task<(int Received, int Resolved, int OnTime)> FiguresAsync(IPage page, string? month)
    {
        await page.GotoAsync(month is null ? "/thong-ke" : $"/thong-ke?thang={month}");
        async Task<int> Figure(string name) => int.Parse(await page.Locator($"[data-{name}]").InnerTextAsync(), CultureInfo.InvariantCulture);
        return (await Figure("received"), await Figure("resolved"), await Figure("on-time"));
    }
}
