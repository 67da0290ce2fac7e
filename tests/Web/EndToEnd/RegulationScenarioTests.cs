using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Web.Tests.Citizens;
using LaiChau.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LaiChau.Web.Tests.EndToEnd;

/// <summary>
/// Issue 8 point 6 in one story, every step through the pages a person uses: a citizen reports with a photo, the
/// commune's officer verifies, its leader directs, the officer records the result, the leader approves (R7.1); the
/// citizen reads the result and rates it (R8.2); the monitoring centre sees the rating (R8.3) and, once the clock has
/// passed a deadline, an overdue case (R11); an officer of another agency cannot open the case by URL.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class RegulationScenarioTests(WebFixture web)
{
    [Fact]
    public async Task R7_1_R8_2_R11_Report_FromTheCitizenThroughTheAgencyToTheCentre()
    {
        var centre = await web.NewPageAsync();
        await centre.SignInAsync("soc.officer", returnUrl: "/trung-tam");
        var satisfiedBefore = await CountAsync(centre, "#rating-satisfied");

        // The citizen reports with a photo and gets a code.
        var citizen = await web.NewPageAsync(phone: true);
        await CitizenPages.FillAsync(citizen, category: "rac-thai", description: "Rác thải chất đống bên đường Trần Phú, chắn lối đi bộ.",
            email: "mai.lo@example.vn");
        await citizen.Locator("#media").SetInputFilesAsync(new FilePayload { Name = "rac.png", MimeType = "image/png", Buffer = CitizenPages.Png() });
        var code = await CitizenPages.SendAsync(citizen);
        await web.World.IdleAsync();

        // The officer verifies, the leader directs, the officer records the result, the leader approves (R7.1).
        var officer = await web.NewPageAsync();
        await officer.SignInAsync("an.nguyen", returnUrl: "/can-bo?loc=chua-nhan");
        await officer.Locator($"#inbox tr[data-code='{code}'] a").First.ClickAsync();
        await CompleteAsync(officer, "verify");
        var leader = await web.NewPageAsync();
        await leader.SignInAsync("lan.le", returnUrl: $"/can-bo/ho-so/{code}");
        await leader.Locator("#task-direct textarea[name=instructions]").FillAsync("Giao tổ vệ sinh môi trường thu gom trong ngày.");
        await CompleteAsync(leader, "direct");
        await officer.GotoAsync($"/can-bo/ho-so/{code}");
        await officer.Locator("#task-record-result textarea[name=result]").FillAsync("Đã thu gom toàn bộ rác và đặt thùng rác công cộng.");
        await CompleteAsync(officer, "record-result");
        await leader.GotoAsync($"/can-bo/ho-so/{code}");
        await leader.Locator("#task-approve-result textarea[name=comment]").FillAsync("Đồng ý.");
        await CompleteAsync(leader, "approve-result");

        // The citizen follows the link of the receipt e-mail, reads the result and rates it (R8.2).
        await citizen.GotoAsync(await CitizenProcess.TrackingLinkAsync(web, code));
        Assert.StartsWith("Đã thu gom toàn bộ rác", await citizen.Locator("[data-result]").InnerTextAsync(), StringComparison.Ordinal);
        await citizen.GetByLabel("Hài lòng", new() { Exact = true }).CheckAsync();
        await citizen.Locator("[data-rating-form] button[type=submit]").ClickAsync();
        await citizen.WaitForSelectorAsync("p.notice[role=status]");
        await web.World.IdleAsync();
        await WebFixture.ScreenshotAsync(citizen, "scenario-citizen-rated");

        // The centre sees the rating (R8.3) …
        await centre.GotoAsync("/trung-tam");
        Assert.Equal(satisfiedBefore + 1, await CountAsync(centre, "#rating-satisfied"));
        var report = await web.World.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}");
        Assert.Equal("satisfied", report.GetProperty("rating").GetString());

        // … and a report nobody handles is overdue once the controlled clock passes its deadline (R7.3, R11).
        var forgotten = await web.World.SubmitAsync("Cống thoát nước trước nhà văn hoá tổ 5 bị tắc, nước tràn ra đường.");
        await web.World.AdvanceAsync("P30D"); // past 5 working days wherever the shared clock stands (holidays included)
        await centre.SignInAsync("soc.officer", returnUrl: "/trung-tam"); // the session may have ended with the clock
        Assert.Equal(1, await centre.Locator($"#overdue a[href='/can-bo/ho-so/{forgotten}']").CountAsync());
        await WebFixture.ScreenshotAsync(centre, "scenario-centre");

        // An officer of another agency cannot open the case, not even by its address.
        var other = await web.NewPageAsync();
        await other.SignInAsync("minh.do", returnUrl: "/");
        Assert.Equal(403, (await other.GotoAsync($"/can-bo/ho-so/{code}"))!.Status);
    }

    private static async Task CompleteAsync(IPage page, string task)
    {
        await page.Locator($"#task-{task} button[type=submit]").ClickAsync();
        Assert.StartsWith("Đã hoàn thành", await page.Locator("#notice").InnerTextAsync(), StringComparison.Ordinal);
    }

    private static async Task<int> CountAsync(IPage page, string selector) =>
        int.Parse((await page.Locator(selector).InnerTextAsync()).Trim(), CultureInfo.InvariantCulture);
}
