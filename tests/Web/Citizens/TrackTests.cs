using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Web.Tests.Infrastructure;

namespace LaiChau.Web.Tests.Citizens;

[Collection(WebCollection.Name)]
public sealed class TrackTests(WebFixture web)
{
    [Fact]
    public async Task R8_Track_WithTheCodeOnly_ShowsThePublicStatusAndNothingPrivate()
    {
        var page = await web.NewPageAsync();
        await CitizenPages.FillAsync(page, description: "Đèn đường ở tổ 5 phường Đoàn Kết tắt cả tuần nay.", email: "ha.nguyen@example.vn");
        var code = await CitizenPages.SendAsync(page);

        await page.GotoAsync("/tra-cuu");
        await page.Locator("#code").FillAsync(code);
        await page.Locator("form[role=search] button[type=submit]").ClickAsync();

        Assert.Equal("Đã tiếp nhận, đang chờ xác minh", await page.Locator("[data-state]").InnerTextAsync());
        Assert.Contains("Đoàn Kết", await page.Locator("[data-agency]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-timeline]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-rating-form], [data-reply-form]").CountAsync());
        Assert.DoesNotContain("Trần Văn Bình", await page.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task R8_Track_AConfidentialReportByCode_IsNotFoundButTheSecretLinkShowsIt()
    {
        var page = await web.NewPageAsync();
        await CitizenPages.FillAsync(page, description: "Có người khai thác cát trái phép ven sông Nậm Na ban đêm.", email: "kin.lo@example.vn",
            confidential: true);
        var code = await CitizenPages.SendAsync(page);

        var byCode = await page.GotoAsync($"/tra-cuu?code={code}");
        Assert.Equal(404, byCode!.Status);
        Assert.Equal(1, await page.Locator("[data-not-found]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-state]").CountAsync());

        var link = await CitizenProcess.TrackingLinkAsync(web, code);
        await page.GotoAsync(link);
        Assert.Equal("Đã tiếp nhận, đang chờ xác minh", await page.Locator("[data-state]").InnerTextAsync());
        Assert.Contains("Đã tiếp nhận phản ánh", await page.Locator("[data-timeline]").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task R8_Track_WithAWrongSecret_ShowsNothing()
    {
        var page = await web.NewPageAsync();
        await CitizenPages.FillAsync(page, description: "Nắp cống trước trường tiểu học bị vỡ, học sinh dễ sụt chân.", email: "lan.tran@example.vn");
        var code = await CitizenPages.SendAsync(page);
        var link = await CitizenProcess.TrackingLinkAsync(web, code);
        var secret = link[(link.IndexOf("?k=", StringComparison.Ordinal) + 3)..];
        var wrong = secret[..^2] + (secret[^2] == 'A' ? "BB" : "AA");

        var response = await page.GotoAsync($"/tra-cuu/{code}?k={wrong}");

        Assert.Equal(404, response!.Status);
        Assert.Equal(1, await page.Locator("[data-not-found]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-state], [data-timeline]").CountAsync());
        // The letter of another report cannot be fetched with a secret that is not its own.
        var other = await page.GotoAsync($"/tra-cuu/{code}?handler=letter&k={wrong}");
        Assert.Equal(404, other!.Status);
    }

    [Fact]
    public async Task R8_2_Rating_AfterTheResult_ShowsTheTimelineAndTheRatingLandsOnTheReport()
    {
        var page = await web.NewPageAsync();
        await CitizenPages.FillAsync(page, description: "Bãi rác tự phát ở đầu bản Tả Xin Chải gây ô nhiễm nguồn nước.", email: "vang.sung@example.vn");
        var code = await CitizenPages.SendAsync(page);
        var link = await CitizenProcess.TrackingLinkAsync(web, code);

        // Before the result: nothing waits for a rating, and the page says so.
        await page.GotoAsync(link);
        Assert.Contains("chưa có kết quả", await page.Locator("[data-no-feedback]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-rating-form]").CountAsync());

        await CitizenProcess.ToResultAsync(web, code, "Đã thu gom toàn bộ rác, khử trùng khu vực và cắm biển cấm đổ rác.");
        await page.GotoAsync(link);

        Assert.Equal("Đã có kết quả xử lý", await page.Locator("[data-state]").InnerTextAsync());
        Assert.StartsWith("Đã thu gom toàn bộ rác", await page.Locator("[data-result]").InnerTextAsync(), StringComparison.Ordinal);
        var timeline = await page.Locator("[data-timeline]").InnerTextAsync();
        foreach (var step in new[] { "Đã tiếp nhận phản ánh", "Đã xác minh phản ánh", "Lãnh đạo đã chỉ đạo xử lý", "Đã cập nhật kết quả xử lý",
                     "Lãnh đạo đã xem xét kết quả xử lý", "Đã gửi thông báo kết quả xử lý" })
        {
            Assert.Contains(step, timeline, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("an.nguyen", await page.ContentAsync(), StringComparison.Ordinal); // no staff names
        Assert.DoesNotContain("Giao tổ vệ sinh", await page.ContentAsync(), StringComparison.Ordinal); // no internal instructions
        await WebFixture.ScreenshotAsync(page, "citizens-tracking");
        var letter = await page.APIRequest.GetAsync(await page.Locator("[data-letter]").GetAttributeAsync("href") ?? "");
        Assert.Equal(200, letter.Status);
        Assert.Equal("application/pdf", letter.Headers["content-type"]);

        await page.GetByLabel("Hài lòng", new() { Exact = true }).CheckAsync();
        await page.Locator("[data-rating-form] button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("p.notice[role=status]");
        await web.World.IdleAsync();

        Assert.Contains("Cảm ơn bạn đã đánh giá.", await page.Locator("p.notice[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        var report = await web.World.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}");
        Assert.Equal("satisfied", report.GetProperty("rating").GetString());
        await page.GotoAsync(link);
        Assert.Equal("Bạn đã đánh giá: Hài lòng.", await page.Locator("[data-rated]").InnerTextAsync());
        // Within the feedback window the process still listens (R8.1 reply, or a changed rating).
        Assert.True(await page.Locator("[data-rating-form] input[value=satisfied]").IsCheckedAsync());
    }

    [Fact]
    public async Task R8_1_Reply_AfterTheResult_NeedsTextThenReachesTheAgencyAsAClarificationTask()
    {
        var page = await web.NewPageAsync(phone: true);
        await CitizenPages.FillAsync(page, description: "Đường nội bản Sì Thâu Chải sụt lún một đoạn dài, ô tô không qua được.", email: "sung.a@example.vn");
        var code = await CitizenPages.SendAsync(page);
        var link = await CitizenProcess.TrackingLinkAsync(web, code);
        await CitizenProcess.ToResultAsync(web, code, "Đã san lấp tạm bằng đá dăm, chờ vốn sửa chữa.");
        await page.GotoAsync(link);

        await page.Locator("[data-reply-form] button[type=submit]").ClickAsync();
        Assert.Equal("Vui lòng nhập nội dung.", await page.Locator("#text-error").InnerTextAsync());
        Assert.Equal("true", await page.Locator("#reply-text").GetAttributeAsync("aria-invalid"));

        await page.Locator("#reply-text").FillAsync("Khi nào thì sửa chữa hẳn? Xin cho biết thời gian cụ thể.");
        await page.Locator("[data-reply-form] button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("p.notice[role=status]");
        await web.World.IdleAsync();

        Assert.Equal("Đã ghi nhận phản hồi của bạn.", await page.Locator("p.notice[role=status]").InnerTextAsync());
        Assert.Contains("clarify", await CitizenProcess.OpenTasksAsync(web, "an.nguyen", code));
        await WebFixture.ScreenshotAsync(page, "citizens-tracking-phone");
    }

    [Fact]
    public async Task R7_1b_Track_AStateSecretReportWithItsSecretLink_ShowsTheStatusButNotTheReplyNorItsLetter()
    {
        var page = await web.NewPageAsync();
        await CitizenPages.FillAsync(page, description: "Phát hiện vật lạ nghi là mốc giới bị di dời gần khu vực biên giới.", email: "giang.a@example.vn");
        var code = await CitizenPages.SendAsync(page);
        var link = await CitizenProcess.TrackingLinkAsync(web, code);
        await CitizenProcess.ToResultAsync(web, code, "Nội dung xử lý thuộc danh mục bí mật nhà nước.");
        var mark = await web.World.Admin.PostAsJsonAsync($"/api/v1/reports/{code}/state-secret", new { secret = true, reason = "Liên quan an ninh biên giới." });
        Assert.True(mark.IsSuccessStatusCode, await mark.Content.ReadAsStringAsync());

        await page.GotoAsync(link);

        Assert.Equal("Đã có kết quả xử lý", await page.Locator("[data-state]").InnerTextAsync());
        Assert.Equal(1, await page.Locator("[data-state-secret]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-result], [data-letter]").CountAsync());
        Assert.DoesNotContain("danh mục bí mật", await page.ContentAsync(), StringComparison.Ordinal);
        var secret = link[(link.IndexOf("?k=", StringComparison.Ordinal) + 3)..];
        var letter = await page.APIRequest.GetAsync($"/tra-cuu/{code}?handler=letter&k={secret}");
        Assert.Equal(404, letter.Status);
        // With the code alone, nothing at all.
        Assert.Equal(404, (await page.GotoAsync($"/tra-cuu/{code}"))!.Status);
    }
}
