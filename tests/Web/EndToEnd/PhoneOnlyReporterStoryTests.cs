using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using LaiChau.Web.Tests.Citizens;
using LaiChau.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LaiChau.Web.Tests.EndToEnd;

/// <summary>Its own host and browser: the story escalates a case to the provincial People's Committee.</summary>
[CollectionDefinition(Name)]
public sealed class PhoneOnlyReporterCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "A phone-only reporter in a browser";
}

/// <summary>
/// Issue 17 in a real browser: a reporter with only a phone number keeps the private link from the receipt, sees the
/// result with its photo on the tracking page, does not accept it and re-submits with "Tôi chưa đồng ý với kết quả"
/// (R7.6); the provincial People's Committee is given the case to assign, and the page shows it escalated.
/// </summary>
[Collection(PhoneOnlyReporterCollection.Name)]
public sealed class PhoneOnlyReporterStoryTests(WebFixture web)
{
    /// <summary>The picture's width once it has loaded (0 if it failed), waiting for it if it is still on its way.</summary>
    private const string DrawnWidth = """
        img => img.complete ? img.naturalWidth : new Promise(done => {
            img.addEventListener('load', () => done(img.naturalWidth), { once: true });
            img.addEventListener('error', () => done(0), { once: true });
        })
        """;

    [Fact]
    public async Task R7_6_APhoneOnlyReporterRejectsTheAnswerAndResubmitsFromTheTrackingPage()
    {
        var citizen = await web.NewPageAsync(phone: true);
        await CitizenPages.FillAsync(citizen, description: "Mương thoát nước bản Nà Khum bị lấp, nước tràn vào nhà dân mỗi khi mưa.", email: "");
        var code = await CitizenPages.SendAsync(citizen);
        var link = await citizen.Locator("[data-private-link]").GetAttributeAsync("href") ?? "";
        Assert.StartsWith($"/tra-cuu/{code}?k=", link, StringComparison.Ordinal);

        await CitizenProcess.StepAsync(web, "an.nguyen", code, "verify", new { outcome = "accept" });
        await CitizenProcess.StepAsync(web, "lan.le", code, "direct", new { instructions = "Nạo vét mương ngay." });
        var officer = await web.NewPageAsync();
        await officer.SignInAsync("an.nguyen", returnUrl: $"/can-bo/ho-so/{code}");
        await officer.Locator("#task-record-result textarea[name=result]").FillAsync("Đã nạo vét 50 m mương, nước đã thoát.");
        await officer.Locator("#task-record-result input[type=file][name=attachments]").SetInputFilesAsync(
            new FilePayload { Name = "sau-xu-ly.png", MimeType = "image/png", Buffer = LaiChau.Testing.TestPng.Create(64, 48) });
        await officer.Locator("#task-record-result button[type=submit]").ClickAsync();
        await Assertions.Expect(officer.Locator("#notice")).ToContainTextAsync("Đã hoàn thành");
        await CitizenProcess.StepAsync(web, "lan.le", code, "approve-result", new { decision = "approve", comment = "Đồng ý." });

        await citizen.GotoAsync(link);
        await Assertions.Expect(citizen.Locator("[data-result]")).ToContainTextAsync("Đã nạo vét 50 m mương");
        var photo = citizen.Locator("[data-result-photos] img");
        await Assertions.Expect(photo).ToHaveCountAsync(1);
        await photo.ScrollIntoViewIfNeededAsync(); // loading="lazy": a phone fetches the picture once it is on screen
        Assert.True(await photo.EvaluateAsync<int>(DrawnWidth) > 0, "the result photo is drawn");
        await Assertions.Expect(citizen.Locator("[data-window-closes]")).ToContainTextAsync("Bạn có thể phản hồi, đánh giá hoặc đề nghị xem xét lại đến");
        await WebFixture.ScreenshotAsync(citizen, "citizens-phone-only-result");
        await AssertAccessibleAsync(citizen);

        await citizen.Locator("[data-resubmit-form] button[type=submit]").ClickAsync();
        await Assertions.Expect(citizen.Locator("#resubmit-error")).ToHaveTextAsync("Vui lòng nhập nội dung.");
        await citizen.GetByLabel("Lý do bạn chưa đồng ý với kết quả").FillAsync("Mương lại bị lấp sau một ngày mưa, nước vẫn tràn vào nhà.");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Tôi chưa đồng ý với kết quả" }).ClickAsync();
        await Assertions.Expect(citizen.Locator("p.notice[role=status]")).ToContainTextAsync("Đã ghi nhận ý kiến chưa đồng ý của bạn");
        await web.World.IdleAsync();

        Assert.Contains("assign-agency", await CitizenProcess.OpenTasksAsync(web, "tinh.officer", code));
        await citizen.GotoAsync(link);
        await Assertions.Expect(citizen.Locator("[data-state]")).ToHaveTextAsync("Đã báo cáo UBND tỉnh để phân công cơ quan xử lý");
        await Assertions.Expect(citizen.Locator("[data-resubmit-form], [data-rating-form]")).ToHaveCountAsync(0);
        await WebFixture.ScreenshotAsync(citizen, "citizens-phone-only-resubmitted");
    }

    /// <summary>The reporter's page with its photo and three forms, against WCAG 2.1 A and AA (as AxeTests).</summary>
    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}");
        Assert.Empty(violations);
    }
}
