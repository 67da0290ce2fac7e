using System.Globalization;
using LaiChau.Web.Tests.Citizens;
using LaiChau.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LaiChau.Web.Tests.EndToEnd;

/// <summary>
/// Issue 17 point 4 in a real browser, through the case page alone: the lead agency's leader asks for a new deadline
/// with a reason (R7.3, special cases), the monitoring centre approves it in its step; the reporter's tracking page and
/// the leader's open task show the new deadline.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ExtensionStoryTests(WebFixture web)
{
    [Fact]
    public async Task R7_3_TheLeaderAsksForANewDeadline_TheCentreApproves_AndTheTrackingPageAndTheOpenTaskFollow()
    {
        var citizen = await web.NewPageAsync(phone: true);
        await CitizenPages.FillAsync(citizen, description: "Cầu treo bản Sin Suối Hồ bị đứt hai dây cáp, người dân không dám qua.", email: "");
        var code = await CitizenPages.SendAsync(citizen);
        var link = await citizen.Locator("[data-private-link]").GetAttributeAsync("href") ?? "";
        await web.World.IdleAsync();
        await CitizenProcess.StepAsync(web, "an.nguyen", code, "verify", new { outcome = "accept" });

        var officer = await web.NewPageAsync();
        await officer.SignInAsync("an.nguyen", returnUrl: $"/can-bo/ho-so/{code}");
        await Assertions.Expect(officer.Locator("#extension")).ToHaveCountAsync(0); // only the lead agency's leaders ask

        var leader = await web.NewPageAsync();
        await leader.SignInAsync("lan.le", returnUrl: $"/can-bo/ho-so/{code}");
        var firstDay = DateOnly.ParseExact(await leader.Locator("#extension-date").GetAttributeAsync("min") ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        await leader.Locator("#extension-submit").ClickAsync();
        await Assertions.Expect(leader.Locator("#extension .field-error[data-field=requestedDate]"))
            .ToHaveTextAsync($"Chọn ngày sau hạn hiện tại ({firstDay.AddDays(-1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}).");
        var newDay = firstDay.AddDays(7);
        await leader.Locator("#extension-date").FillAsync(newDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await leader.Locator("#extension-reason").FillAsync("Cần thuê đơn vị chuyên ngành thay cáp cầu treo.");
        await leader.Locator("#extension-submit").ClickAsync();
        await Assertions.Expect(leader.Locator("#notice")).ToContainTextAsync("Đã gửi đề nghị gia hạn");
        await web.World.IdleAsync();

        var centre = await web.NewPageAsync();
        await centre.SignInAsync("soc.officer", returnUrl: $"/can-bo/ho-so/{code}");
        var decide = centre.Locator("#task-decide-extension");
        await decide.Locator("input[name=decision][value=approve]").CheckAsync();
        await decide.Locator("[name=newDate]").FillAsync(newDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await decide.Locator("[name=comment]").FillAsync("Đồng ý gia hạn để thay cáp an toàn.");
        await decide.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(centre.Locator("#notice")).ToContainTextAsync("Đã hoàn thành");
        await web.World.IdleAsync();

        var shown = newDay.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        await citizen.GotoAsync(link);
        await Assertions.Expect(citizen.Locator("[data-due]")).ToContainTextAsync($"17:00 {shown}");
        await leader.GotoAsync("/can-bo?loc=chua-nhan");
        await Assertions.Expect(leader.Locator($"#inbox tr[data-code='{code}'] time")).ToHaveTextAsync($"{shown} 17:00");
        await WebFixture.ScreenshotAsync(citizen, "citizens-extended-deadline");
    }
}
