using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LaiChau.Web.Tests.Staff;

[Collection(WebCollection.Name)]
public sealed class CaseTests(WebFixture web)
{
    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC";

    [Fact]
    public async Task R7_1_Case_VerifyDirectRecordApprove_MovesTheProcessOnEachTime()
    {
        var code = await web.World.SubmitAsync("Mặt đường bê tông bị sụt lún sâu trước cổng trường tiểu học, rất nguy hiểm.");
        var officer = await web.NewPageAsync();
        await officer.SignInAsync("an.nguyen", returnUrl: "/can-bo?loc=chua-nhan");
        await officer.Locator($"#inbox tr[data-code='{code}'] a").First.ClickAsync();
        Assert.EndsWith($"/can-bo/ho-so/{code}", officer.Url, StringComparison.Ordinal);
        Assert.Equal(1, await officer.Locator("#task-verify").CountAsync());
        await WebFixture.ScreenshotAsync(officer, "staff-case-verify");

        await officer.Locator("#task-verify button[type=submit]").ClickAsync();
        Assert.StartsWith("Đã hoàn thành", await officer.Locator("#notice").InnerTextAsync(), StringComparison.Ordinal);
        await web.World.IdleAsync();
        Assert.Contains("direct", await OpenTasksAsync(code));

        var leader = await web.NewPageAsync();
        await leader.SignInAsync("lan.le", returnUrl: $"/can-bo/ho-so/{code}");
        await leader.Locator("#task-direct textarea[name=instructions]").FillAsync("Giao phường kiểm tra và rào chắn trong ngày.");
        await leader.Locator("#task-direct button[type=submit]").ClickAsync();
        Assert.StartsWith("Đã hoàn thành", await leader.Locator("#notice").InnerTextAsync(), StringComparison.Ordinal);
        await web.World.IdleAsync();
        Assert.Contains("record-result", await OpenTasksAsync(code));

        await officer.GotoAsync($"/can-bo/ho-so/{code}");
        var photosBefore = await officer.Locator("#report ul.media img").CountAsync();
        await officer.Locator("#task-record-result textarea[name=result]").FillAsync("Đã rào chắn và vá mặt đường bằng bê tông.");
        await officer.Locator("#task-record-result input[name=attachments]").SetInputFilesAsync(new FilePayload
        {
            Name = "ket-qua.png", MimeType = "image/png", Buffer = Convert.FromBase64String(OnePixelPng),
        });
        await officer.Locator("#task-record-result button[type=submit]").ClickAsync();
        Assert.StartsWith("Đã hoàn thành", await officer.Locator("#notice").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(photosBefore + 1, await officer.Locator("#report ul.media img").CountAsync());
        await web.World.IdleAsync();
        Assert.Contains("approve-result", await OpenTasksAsync(code));

        await leader.GotoAsync($"/can-bo/ho-so/{code}");
        await leader.Locator("#task-approve-result textarea[name=comment]").FillAsync("Đồng ý.");
        await leader.Locator("#task-approve-result button[type=submit]").ClickAsync();
        await web.World.IdleAsync();
        var open = await OpenTasksAsync(code);
        Assert.Equal("Đã hoàn thành: Phê duyệt kết quả.", await leader.Locator("#notice").InnerTextAsync());
        Assert.DoesNotContain("approve-result", open);
        Assert.DoesNotContain("record-result", open);
    }

    [Fact]
    public async Task R7_2_Case_RejectWithoutReason_ShowsTheFieldErrorAndKeepsTheInput()
    {
        var code = await web.World.SubmitAsync("Có người lấn chiếm vỉa hè để bán hàng, người đi bộ phải đi xuống lòng đường.");
        var page = await web.NewPageAsync();
        await page.SignInAsync("an.nguyen", returnUrl: $"/can-bo/ho-so/{code}");

        await page.Locator("#task-verify input[value=reject]").CheckAsync();
        await page.Locator("#task-verify textarea[name=guidance]").FillAsync("Đề nghị liên hệ đội trật tự đô thị.");
        await page.Locator("#task-verify button[type=submit]").ClickAsync();

        Assert.Equal("Trường này là bắt buộc.", await page.Locator("#task-verify .field-error[data-field=reason]").InnerTextAsync());
        Assert.Equal("true", await page.Locator("#task-verify textarea[name=reason]").GetAttributeAsync("aria-invalid"));
        Assert.Equal("Đề nghị liên hệ đội trật tự đô thị.", await page.Locator("#task-verify textarea[name=guidance]").InputValueAsync());
        Assert.True(await page.Locator("#task-verify input[value=reject]").IsCheckedAsync());
        Assert.Contains("verify", await OpenTasksAsync(code));
    }

    [Fact]
    public async Task R5_5_Case_RevealContact_ShowsThePhoneAndWritesAnAuditRow()
    {
        var code = await web.World.SubmitAsync("Nhà văn hoá tổ dân phố bị dột nặng, mùa mưa không sinh hoạt được.");
        var page = await web.NewPageAsync();
        await page.SignInAsync("soc.officer", returnUrl: $"/can-bo/ho-so/{code}");
        Assert.DoesNotContain("0912 345 678", await page.Locator("#contact").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("#reveal").ClickAsync();

        Assert.Contains("345", await page.Locator("#contact-phone").InnerTextAsync(), StringComparison.Ordinal);
        var audit = await web.World.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}/audit");
        Assert.Contains(audit.EnumerateArray(), a => a.GetProperty("action").GetString() == "reveal-contact" && a.GetProperty("actor").GetString() == "soc.officer");
    }

    [Fact]
    public async Task R9_Case_HideWithoutReason_IsRefusedAndWithAReasonHides()
    {
        var code = await web.World.SubmitAsync("Bãi đất trống bị đổ phế thải xây dựng, bụi bay vào nhà dân xung quanh.");
        var page = await web.NewPageAsync();
        await page.SignInAsync("an.nguyen", returnUrl: $"/can-bo/ho-so/{code}");

        await page.Locator("#hide").ClickAsync();
        Assert.StartsWith("Nhập lý do", await page.Locator("#moderation .field-error").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#hidden-badge").CountAsync());

        await page.Locator("#hide-reason").FillAsync("Nội dung có thông tin cá nhân của người khác.");
        await page.Locator("#hide").ClickAsync();

        Assert.Equal(1, await page.Locator("#hidden-badge").CountAsync());
        var report = await web.World.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}");
        Assert.True(report.GetProperty("hidden").GetBoolean());
    }

    [Fact]
    public async Task Case_OfficerOfAnotherAgency_Gets403ByUrl()
    {
        var code = await web.World.SubmitAsync("Đường ống nước sạch bị vỡ, nước chảy lênh láng ra đường cả ngày.");
        var page = await web.NewPageAsync();
        await page.SignInAsync("minh.do", returnUrl: "/can-bo");

        var response = await page.GotoAsync($"/can-bo/ho-so/{code}");

        Assert.Equal((int)HttpStatusCode.Forbidden, response!.Status);
        Assert.DoesNotContain("Đường ống nước sạch", await page.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task R7_1b_Case_StateSecret_IsRefusedToAnOfficerAndShownToTheLeader()
    {
        var code = await web.World.SubmitAsync("Phát hiện vật thể lạ nghi là bom mìn còn sót lại gần khu quân sự cũ.");
        var mark = await web.World.Admin.PostAsJsonAsync($"/api/v1/reports/{code}/state-secret", new { secret = true, reason = "Liên quan đến khu vực quân sự." });
        Assert.True(mark.IsSuccessStatusCode, await mark.Content.ReadAsStringAsync());

        var officer = await web.NewPageAsync();
        await officer.SignInAsync("an.nguyen", returnUrl: "/can-bo");
        var refused = await officer.GotoAsync($"/can-bo/ho-so/{code}");
        Assert.Equal((int)HttpStatusCode.Forbidden, refused!.Status);

        var leader = await web.NewPageAsync();
        await leader.SignInAsync("lan.le", returnUrl: "/can-bo");
        var shown = await leader.GotoAsync($"/can-bo/ho-so/{code}");
        Assert.Equal((int)HttpStatusCode.OK, shown!.Status);
        Assert.Contains("bom mìn", await leader.Locator("#description").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task R7_5_Case_TransferToAnotherAgency_HandsTheVerificationToIt()
    {
        var code = await web.World.SubmitAsync("Quảng cáo rao vặt dán trái phép chằng chịt trên cột điện đầu ngõ.");
        var officer = await web.NewPageAsync();
        await officer.SignInAsync("an.nguyen", returnUrl: $"/can-bo/ho-so/{code}");

        await officer.Locator("#task-verify input[value=transfer]").CheckAsync();
        await officer.Locator("#task-verify select[name=targetAgency]").SelectOptionAsync("UBND-03390");
        await officer.Locator("#task-verify textarea[name=reason]").FillAsync("Cột điện này thuộc địa bàn xã Bình Lư.");
        await officer.Locator("#task-verify button[type=submit]").ClickAsync();
        await web.World.IdleAsync();

        var other = await web.NewPageAsync();
        await other.SignInAsync("minh.do", returnUrl: $"/can-bo/ho-so/{code}");
        Assert.Equal(1, await other.Locator("#task-verify").CountAsync());
        var report = await web.World.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}");
        Assert.Equal("UBND-03390", report.GetProperty("leadAgency").GetString());
    }

    [Fact]
    public async Task Case_TaskCompletedThroughTheApiMeanwhile_ShowsTheNoticeOnSubmit()
    {
        var code = await web.World.SubmitAsync("Chó thả rông không rọ mõm ở công viên, trẻ em chơi rất nguy hiểm.");
        var page = await web.NewPageAsync();
        await page.SignInAsync("an.nguyen", returnUrl: $"/can-bo/ho-so/{code}");
        Assert.Equal(1, await page.Locator("#task-verify").CountAsync());

        var task = await OpenTaskIdAsync(code, "verify");
        var done = await web.World.Admin.PostAsJsonAsync($"/api/v1/tasks/{task}/complete", new { variables = new { outcome = "accept" } });
        Assert.True(done.IsSuccessStatusCode, await done.Content.ReadAsStringAsync());
        await page.Locator("#task-verify button[type=submit]").ClickAsync();

        Assert.Equal("Công việc này đã được xử lý bởi người khác", await page.Locator("#warning").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#task-verify").CountAsync());
        Assert.Equal(1, await page.Locator("#report").CountAsync());
    }

    [Fact]
    public async Task R7_5_Case_TheCentreReroutes_TheNewAgencyVerifies_AndTheTimelineShowsTheProcessSteps()
    {
        var code = await web.World.SubmitAsync("Cột điện nghiêng sát mái nhà dân sau cơn mưa lớn, có nguy cơ đổ xuống đường.");
        var officer = await web.NewPageAsync();
        await officer.SignInAsync("an.nguyen", returnUrl: $"/can-bo/ho-so/{code}");
        Assert.Equal(0, await officer.Locator("#reroute").CountAsync()); // only the monitoring centre re-routes

        var centre = await web.NewPageAsync();
        await centre.SignInAsync("soc.officer", returnUrl: $"/can-bo/ho-so/{code}");
        await centre.Locator("#reroute-target").SelectOptionAsync("UBND-03390");
        await centre.Locator("#reroute-submit").ClickAsync();
        Assert.Equal($"Nhập lý do (ít nhất {LaiChau.Host.Reports.Staff.ReportStaffEndpoints.MinReasonLength} ký tự).",
            await centre.Locator("#reroute .field-error[data-field=reason]").InnerTextAsync());
        Assert.Equal("UBND-03390", await centre.Locator("#reroute-target").InputValueAsync());
        Assert.Equal("", await centre.Locator("#hide-reason").InputValueAsync());

        await centre.Locator("#reroute-reason").FillAsync("Địa điểm thuộc địa bàn xã Bình Lư.");
        await centre.Locator("#reroute-submit").ClickAsync();
        Assert.Equal("Đã điều chuyển phản ánh; cơ quan mới sẽ xác minh lại.", await centre.Locator("#notice").InnerTextAsync());
        await web.World.IdleAsync();

        var verify = Assert.Single(await OpenTaskRowsAsync(code));
        Assert.Equal(["agency:UBND-03390"], verify.GetProperty("candidateGroups").EnumerateArray().Select(g => g.GetString()));
        await centre.ReloadAsync();
        var timeline = await centre.Locator("#timeline li").AllInnerTextsAsync();
        Assert.Contains(timeline, l => l.Contains("Trung tâm giám sát điều chuyển (R7.5)", StringComparison.Ordinal)); // the process's step
        Assert.Contains(timeline, l => l.Contains("Dừng việc (không hoàn thành): Xác minh phản ánh", StringComparison.Ordinal));
        Assert.Contains(timeline, l => l.Contains("Thông báo chuyển cơ quan", StringComparison.Ordinal));
        Assert.Contains(timeline, l => l.Contains("soc.officer", StringComparison.Ordinal) && l.Contains("Địa điểm thuộc địa bàn xã Bình Lư.", StringComparison.Ordinal));
        Assert.Equal(2, timeline.Count(l => l.Contains("Giao việc: Xác minh phản ánh", StringComparison.Ordinal)));
        Assert.Equal("Ủy ban nhân dân xã Bình Lư", await centre.Locator("#lead-agency").InnerTextAsync());
        Assert.EndsWith("— Phường Đoàn Kết", await centre.Locator("#place").InnerTextAsync(), StringComparison.Ordinal); // today's name of 03388
        await WebFixture.ScreenshotAsync(centre, "staff-case-rerouted");

        var newOfficer = await web.NewPageAsync();
        await newOfficer.SignInAsync("minh.do", returnUrl: $"/can-bo/ho-so/{code}");
        Assert.Equal(1, await newOfficer.Locator("#task-verify").CountAsync());
        var old = await officer.GotoAsync($"/can-bo/ho-so/{code}");
        Assert.Equal((int)HttpStatusCode.Forbidden, old!.Status);
    }

    [Fact]
    public async Task R7_6_Case_ACoordinatingAgencysLeaderSendsTheDisagreementToTheProvince_AnOfficerCannot()
    {
        var code = await web.World.SubmitAsync("Mương thoát nước giữa hai xã bị lấp, hai bên chưa thống nhất ai nạo vét.");
        await LaiChau.Web.Tests.Citizens.CitizenProcess.StepAsync(web, "an.nguyen", code, "verify", new { outcome = "coordinate", coordinatingAgencies = new[] { "UBND-03390" } });
        var officer = await web.NewPageAsync();
        await officer.SignInAsync("minh.do", returnUrl: $"/can-bo/ho-so/{code}");
        Assert.Equal(0, await officer.Locator("#disagreement").CountAsync()); // R7.6: a leader of an agency involved
        var form = officer.APIRequest.CreateFormData();
        form.Set("__af", await officer.Locator("#moderation input[name=__af]").InputValueAsync());
        form.Set("reason", "Một cán bộ tự gửi đề nghị phân công.");
        var denied = await officer.APIRequest.PostAsync($"/can-bo/ho-so/{code}?handler=Disagreement", new() { Form = form, MaxRedirects = 0 });
        Assert.Equal(403, denied.Status); // the form without the button: refused all the same

        var leader = await web.NewPageAsync();
        await leader.SignInAsync("hoa.vu", returnUrl: $"/can-bo/ho-so/{code}");
        await leader.Locator("#disagreement-submit").ClickAsync();
        Assert.Equal($"Nhập lý do các cơ quan chưa thống nhất, từ 10 đến 2000 ký tự.", await leader.Locator("#disagreement .field-error[data-field=reason]").InnerTextAsync());
        await leader.Locator("#disagreement-reason").FillAsync("Xã Bình Lư cho rằng đoạn mương thuộc phường quản lý.");
        await leader.Locator("#disagreement-submit").ClickAsync();
        Assert.Equal("Đã chuyển phản ánh để UBND tỉnh phân công cơ quan xử lý (R7.6).", await leader.Locator("#notice").InnerTextAsync());
        Assert.EndsWith("/can-bo", leader.Url, StringComparison.Ordinal); // its coordination task ended with the handling
        await web.World.IdleAsync();

        Assert.Equal(["assign-agency"], await OpenTasksAsync(code));
    }

    private async Task<List<string>> OpenTasksAsync(string code) =>
        [.. (await OpenTaskRowsAsync(code)).Select(t => t.GetProperty("formKey").GetString()!)];

    private async Task<string> OpenTaskIdAsync(string code, string elementId) =>
        (await OpenTaskRowsAsync(code)).First(t => t.GetProperty("formKey").GetString() == elementId).GetProperty("id").GetString()!;

    private async Task<List<JsonElement>> OpenTaskRowsAsync(string code)
    {
        var report = await web.World.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}");
        var instance = report.GetProperty("instanceId").GetString();
        var tasks = await web.World.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/tasks?instanceId={instance}&state=created");
        return [.. tasks.GetProperty("items").EnumerateArray()];
    }
}
