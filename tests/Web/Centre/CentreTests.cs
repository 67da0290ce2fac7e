using LaiChau.Host.Data;
using LaiChau.Host.Web.Centre;
using LaiChau.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Web.Tests.Centre;

[Collection(WebCollection.Name)]
public sealed class CentreTests(WebFixture web)
{
    [Theory]
    [InlineData("an.nguyen", "/trung-tam")]
    [InlineData("an.nguyen", "/trung-tam?handler=Urgent")]
    [InlineData("lan.le", "/trung-tam")]
    public async Task Centre_ForOthersThanTheMonitoringCentre_IsRefusedByUrl(string user, string path)
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync(user, returnUrl: "/");

        var response = await page.GotoAsync(path);

        Assert.Equal(403, response!.Status);
    }

    [Fact]
    public async Task R11_Centre_AfterTheClockPassesTheDeadline_ListsTheReportAsOverdueWithADrillDownLink()
    {
        var code = await web.World.SubmitAsync("Đèn đường hỏng cả dãy phố Lê Lợi, buổi tối rất tối và nguy hiểm cho người đi bộ.");
        var page = await web.NewPageAsync();
        await page.SignInAsync("soc.officer", returnUrl: "/trung-tam");
        Assert.Equal(0, await page.Locator($"#overdue a[href='/can-bo/ho-so/{code}']").CountAsync());

        await web.World.AdvanceAsync("P30D");
        await page.SignInAsync("soc.officer", returnUrl: "/trung-tam"); // the session ended with the clock's month

        Assert.Equal(1, await page.Locator($"#overdue a[href='/can-bo/ho-so/{code}']").CountAsync());
        Assert.Equal(1, await page.Locator($"#watch-list a[href='/can-bo/ho-so/{code}']").CountAsync());
        await WebFixture.ScreenshotAsync(page, "centre-dashboard");
        var phone = await web.NewPageAsync(phone: true);
        await phone.SignInAsync("soc.leader", returnUrl: "/trung-tam");
        await WebFixture.ScreenshotAsync(phone, "centre-dashboard-phone");
    }

    [Fact]
    public async Task Chase_AnAgencyWithOverdueReports_MailsItsFocalLeaderAndJournalsEachReport()
    {
        var code = await web.World.SubmitAsync("Cống thoát nước bị tắc ở ngõ 12 đường Trần Phú, nước tràn lên mặt đường.");
        await web.World.AdvanceAsync("P30D");
        var page = await web.NewPageAsync();
        await page.SignInAsync("soc.officer", returnUrl: "/trung-tam");

        await page.Locator("#by-agency tr:has(input[value='UBND-03388']) button").ClickAsync();

        Assert.StartsWith("Đã gửi thư đôn đốc UBND-03388", await page.Locator("p.success").InnerTextAsync(), StringComparison.Ordinal);
        // The focal leader's mailbox on the loopback SMTP server (lan.le leads phường Đoàn Kết's committee, R12.1).
        var reminder = web.Mail.Messages.Last(m => m.To.Mailboxes.Any(a => a.Address == WebWorld.Email("lan.le")));
        Assert.StartsWith("Đôn đốc xử lý", reminder.Subject, StringComparison.Ordinal);
        Assert.Equal("Lê Thị Lan", reminder.To.Mailboxes.Single().Name);
        Assert.Contains($"- {code}: hạn ", reminder.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(web.Mail.Messages, m => m.To.Mailboxes.Any(a => a.Address == WebWorld.Email("an.nguyen")));
        using (var scope = web.Host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.True(await db.ReportAudit.AnyAsync(a => a.ReportCode == code && a.Action == AgencyChase.AuditAction && a.Actor == "soc.officer"));
        }
    }

    [Fact]
    public async Task Chase_WithoutAnyOverdueReport_ShowsAVietnameseNoticeAndSendsNothing()
    {
        await web.World.SubmitAsync("Biển báo giao thông bị đổ ở ngã ba đường 30/4, cần dựng lại sớm.");
        var page = await web.NewPageAsync();
        await page.SignInAsync("soc.leader", returnUrl: "/trung-tam");
        var before = web.Mail.Messages.Count;

        // A forged form for an agency with no report at all: the handler checks, not the button list.
        await page.EvaluateAsync("""
            () => { const form = document.createElement('form'); form.method = 'post'; form.action = '/trung-tam?handler=Chase';
                    form.innerHTML = '<input name="agency" value="SOC-IOC">' + (document.querySelector('input[name=__af]')?.outerHTML ?? '');
                    document.body.appendChild(form); form.submit(); }
            """);
        await page.WaitForURLAsync("**/trung-tam");

        Assert.Equal("Cơ quan SOC-IOC không có phản ánh quá hạn.", await page.Locator("p.error").InnerTextAsync());
        await web.World.IdleAsync();
        Assert.DoesNotContain(web.Mail.Messages.Skip(before), m => m.Subject?.StartsWith("Đôn đốc", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task R11_3_MonthlyReport_DownloadsAPdf()
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync("soc.leader", returnUrl: "/trung-tam");
        var month = await page.Locator("#month").InputValueAsync();

        var response = await page.Context.APIRequest.GetAsync($"/trung-tam?handler=Monthly&month={month}");

        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await response.BodyAsync(), 0, 4), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Urgent_Block_IsServedAloneForThePoll()
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync("soc.officer", returnUrl: "/trung-tam");
        Assert.Equal("every 30s", await page.Locator("#urgent").GetAttributeAsync("hx-trigger"));

        var response = await page.Context.APIRequest.GetAsync("/trung-tam?handler=Urgent");

        Assert.Equal(200, response.Status);
        Assert.StartsWith("<div id=\"urgent\"", (await response.TextAsync()).Trim(), StringComparison.Ordinal);
    }
}
