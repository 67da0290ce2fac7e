using LaiChau.Host.Web.Staff;
using LaiChau.Web.Tests.Infrastructure;
using LaiChau.Workflows.Calendar;

namespace LaiChau.Web.Tests.Staff;

[Collection(WebCollection.Name)]
public sealed class InboxTests(WebFixture web)
{
    [Fact]
    public async Task Inbox_NewReport_ShowsInTheAgencysUnclaimedWithACountdown()
    {
        var code = await web.World.SubmitAsync("Đèn đường hỏng cả dãy phố, buổi tối rất tối và nguy hiểm cho người đi bộ.");
        var page = await web.NewPageAsync();
        await page.SignInAsync("an.nguyen", returnUrl: "/can-bo?loc=chua-nhan");

        var row = page.Locator($"#inbox tr[data-code='{code}']");
        Assert.Equal(1, await row.CountAsync());
        Assert.Contains("Xác minh phản ánh", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Matches("còn \\d+ ngày làm việc|đến hạn hôm nay", await row.Locator(".countdown").InnerTextAsync());
        // The commune routing chose (03388), named as on the report's day: not the code's pre-2025 unit, Quyết Tiến.
        Assert.EndsWith("phường Đoàn Kết, Phường Đoàn Kết", await row.Locator("td[data-label='Địa điểm']").InnerTextAsync(), StringComparison.Ordinal);
        await WebFixture.ScreenshotAsync(page, "staff-inbox");
    }

    [Fact]
    public async Task Inbox_Claim_MovesTheTaskToMineAndUnclaimGivesItBack()
    {
        var code = await web.World.SubmitAsync("Cây đổ chắn ngang đường vào tổ dân phố số 5, xe không đi qua được.");
        var page = await web.NewPageAsync();
        await page.SignInAsync("an.nguyen", returnUrl: "/can-bo?loc=chua-nhan");

        await page.Locator($"#inbox tr[data-code='{code}'] button[type=submit]").ClickAsync();

        Assert.Equal("Đã nhận công việc.", await page.Locator("#notice").InnerTextAsync());
        await page.GotoAsync("/can-bo?loc=cua-toi");
        var mine = page.Locator($"#inbox tr[data-code='{code}']");
        Assert.Equal(1, await mine.CountAsync());
        await mine.Locator("button[type=submit]").ClickAsync();
        Assert.Equal("Đã trả lại công việc cho cơ quan.", await page.Locator("#notice").InnerTextAsync());
        await page.GotoAsync("/can-bo?loc=cua-toi");
        Assert.Equal(0, await page.Locator($"#inbox tr[data-code='{code}']").CountAsync());
    }

    [Fact]
    public async Task Inbox_OfficerOfAnotherAgency_DoesNotSeeTheTask()
    {
        var code = await web.World.SubmitAsync("Rác thải đổ trộm bên bờ suối cạnh cầu, bốc mùi hôi cả khu dân cư.");
        var page = await web.NewPageAsync();
        await page.SignInAsync("minh.do", returnUrl: "/can-bo");

        Assert.Equal(0, await page.Locator($"tr[data-code='{code}']").CountAsync());
        Assert.Equal(1, await page.Locator("h1:text('Hộp công việc')").CountAsync());
    }

    [Fact]
    public async Task Inbox_MonitoringCentre_SeesEveryTaskButCannotClaimAnotherAgencys()
    {
        var code = await web.World.SubmitAsync("Cống thoát nước bị tắc, nước tràn lên mặt đường mỗi khi mưa to.");
        var page = await web.NewPageAsync();
        await page.SignInAsync("soc.officer", returnUrl: "/can-bo");

        var row = page.Locator($"#inbox tr[data-code='{code}']");
        Assert.Equal(1, await row.CountAsync());
        Assert.Equal(0, await row.Locator("button").CountAsync());
    }

    [Fact]
    public async Task Inbox_OnAPhone_ShowsRowsAsLabelledCards()
    {
        var code = await web.World.SubmitAsync("Biển báo giao thông bị gió quật đổ ở ngã ba gần chợ phường.");
        var page = await web.NewPageAsync(phone: true);
        await page.SignInAsync("an.nguyen", returnUrl: "/can-bo");

        var cell = page.Locator($"#inbox tr[data-code='{code}'] td").First;
        Assert.Equal("block", await cell.EvaluateAsync<string>("e => getComputedStyle(e).display"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth"));
        await WebFixture.ScreenshotAsync(page, "staff-inbox-phone");
    }

    [Fact]
    public async Task R7_2_Inbox_VerificationPastItsDay_IsListedOverdueWithTheWorkingDaysLate()
    {
        var code = await web.World.SubmitAsync("Hố ga mất nắp ngay lối đi vào chợ, đã có người bị ngã.");
        // Far enough past one working day wherever the shared clock stands (Tết can hold it for over a week).
        await web.World.AdvanceAsync("P20D");
        await web.World.IdleAsync();
        var page = await web.NewPageAsync();
        await page.SignInAsync("an.nguyen", returnUrl: "/can-bo?loc=qua-han");

        var row = page.Locator($"#inbox tr[data-code='{code}']");
        Assert.Equal(1, await row.CountAsync());
        Assert.Matches("quá hạn \\d+ ngày", await row.Locator(".countdown").InnerTextAsync());
        Assert.Equal(1, await row.Locator(".badge.overdue").CountAsync());
    }

    [Fact]
    public async Task R2_2_Inbox_UrgentReports_ComeFirstWithTheirBadge()
    {
        await web.World.SubmitAsync("Vỉa hè bị bong tróc gạch lát một đoạn dài trước nhà văn hoá.");
        var urgent = await web.World.SubmitAsync("Cháy lớn tại kho hàng cạnh chợ, khói đen bốc cao, cần hỗ trợ ngay.");
        var page = await web.NewPageAsync();
        await page.SignInAsync("lan.le", returnUrl: "/can-bo");

        var flags = await page.Locator("#inbox tbody tr").EvaluateAllAsync<bool[]>("rows => rows.map(r => !!r.querySelector('.badge.urgent'))");
        Assert.Contains(true, flags);
        Assert.Contains(false, flags);
        Assert.True(flags.SkipWhile(f => f).All(f => !f), "An urgent row comes after a non-urgent one.");
        Assert.Equal(1, await page.Locator($"#inbox tr[data-code='{urgent}'] .badge.urgent").CountAsync());
    }

    [Fact]
    public async Task Inbox_WithoutSignIn_LeadsToTheSignInForm()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync("/can-bo");

        Assert.Contains("/dang-nhap", page.Url, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-03-09T10:00:00+07:00", "2026-03-11T17:00:00+07:00", 2, false, false)] // Mon → Wed: 2 working days left
    [InlineData("2026-03-13T10:00:00+07:00", "2026-03-16T17:00:00+07:00", 1, false, false)] // Fri → Mon: the weekend does not count
    [InlineData("2026-03-10T10:00:00+07:00", "2026-03-10T17:00:00+07:00", 0, false, true)]  // due later today
    [InlineData("2026-03-10T10:00:00+07:00", "2026-03-09T17:00:00+07:00", 1, true, false)]  // due yesterday: overdue by 1
    [InlineData("2026-03-16T10:00:00+07:00", "2026-03-13T17:00:00+07:00", 1, true, false)] // due Friday, now Monday: 1 working day
    public void Countdown_WorkingDays_CountsOnlyWorkingDays(string now, string due, int days, bool overdue, bool today)
    {
        var calendar = new WorkingDayCalculator(new WorkingDayCalendar([]));
        var countdown = WorkingDayCountdown.Of(DateTimeOffset.Parse(due), DateTimeOffset.Parse(now), calendar);

        Assert.Equal(new WorkingDayCountdown(days, overdue, today), countdown);
    }
}
