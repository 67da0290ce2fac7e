using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Web.Tests.Citizens;
using LaiChau.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LaiChau.Web.Tests.EndToEnd;

/// <summary>Its own host and browser: the story changes the shipped definition, which the other browser tests rely on.</summary>
[CollectionDefinition(Name)]
public sealed class DefinitionStoryCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "A definition changed in the designer";
}

/// <summary>
/// Issue 16 point 6 in a real browser: the published definition is the contract. An administrator adds a required
/// photo to the result form, inserts a new step with a new form, publishes with a change note and migrates the
/// running cases, and lowers Mường Kim's limit to 3 working days; then an officer finds the new step in the inbox and
/// completes it, the result form refuses a completion without the photo, and a new report's receipt notice, Open311
/// answer and tracking page give the 3-working-day deadline. No C# change, no restart.
/// </summary>
[Collection(DefinitionStoryCollection.Name)]
public sealed class DefinitionChangeStoryTests(WebFixture web)
{
    private const string MuongKim = "UBND-03637";
    private const string FieldCheck = "kiem-tra-thuc-dia";

    [Fact]
    public async Task R7_3_Issue16_A_definition_changed_in_the_designer_is_what_officers_and_citizens_get()
    {
        await web.World.AgencyAsync(MuongKim, ("kim.leader", "Lò Văn Kim", "leader", true), ("kim.officer", "Tao Thị Kim", "officer", false));
        // A case already waiting for the leader's direction when the definition changes.
        var running = await web.World.SubmitAsync("Đèn đường trước trường tiểu học bị hỏng, buổi tối rất tối.");
        var officer = await web.NewPageAsync();
        await officer.SignInAsync("an.nguyen", returnUrl: $"/can-bo/ho-so/{running}");
        await CompleteAsync(officer, "verify");

        var admin = await web.NewPageAsync();
        await admin.SignInAsync("quan.tri", returnUrl: "/designer/");
        await ChangeTheDefinitionAsync(admin);
        await LowerTheLimitAsync(admin);

        // The running case moved to the new version: after the direction comes the new step, then the result with its photo.
        var leader = await web.NewPageAsync();
        await leader.SignInAsync("lan.le", returnUrl: $"/can-bo/ho-so/{running}");
        await leader.Locator("#task-direct textarea[name=instructions]").FillAsync("Kiểm tra thực địa rồi thay bóng đèn.");
        await CompleteAsync(leader, "direct");
        await officer.GotoAsync("/can-bo?loc=chua-nhan");
        await Assertions.Expect(officer.Locator($"#inbox tr[data-code='{running}']")).ToContainTextAsync("Kiểm tra thực địa");
        await officer.Locator($"#inbox tr[data-code='{running}'] a").First.ClickAsync();
        await Assertions.Expect(officer.Locator($"#task-{FieldCheck} h2")).ToHaveTextAsync("Kiểm tra thực địa");
        await officer.Locator($"#task-{FieldCheck} textarea[name=findings]").FillAsync("Bóng đèn cháy, cột còn tốt.");
        await CompleteAsync(officer, FieldCheck);

        await officer.Locator("#task-record-result textarea[name=result]").FillAsync("Đã thay bóng đèn mới.");
        await officer.Locator("#task-record-result button[type=submit]").ClickAsync();
        await Assertions.Expect(officer.Locator("#task-record-result .field-error[data-field=afterPhotos]")).ToHaveTextAsync("Trường này là bắt buộc.");
        await Assertions.Expect(officer.Locator("#task-record-result textarea[name=result]")).ToHaveValueAsync("Đã thay bóng đèn mới.");
        await officer.Locator("#task-record-result input[type=file][name=afterPhotos]").SetInputFilesAsync(
            new FilePayload { Name = "sau-xu-ly.png", MimeType = "image/png", Buffer = CitizenPages.Png() });
        await CompleteAsync(officer, "record-result");
        await WebFixture.ScreenshotAsync(officer, "story-result-recorded");

        await ANewReportInMuongKimIsGivenThreeWorkingDaysAsync();
    }

    /// <summary>The designer: a required photo on the result form, a new step with a new form, publish, migrate.</summary>
    private static async Task ChangeTheDefinitionAsync(IPage page)
    {
        await page.Locator("button[data-key='field-report'][data-version='1']").ClickAsync();
        await Assertions.Expect(page.Locator("#current")).ToContainTextAsync("phiên bản 1");

        await page.Locator("#tab-forms").ClickAsync();
        await page.Locator("#forms button[data-form-id='record-result']").ClickAsync();
        await AddFieldAsync(page, "filepicker", "Ảnh hiện trường sau xử lý", "afterPhotos");
        await page.Locator("#new-form-id").FillAsync(FieldCheck);
        await page.Locator("#create-form").ClickAsync();
        await AddFieldAsync(page, "textarea", "Kết quả kiểm tra thực địa", "findings");

        // A user task dropped on the flow from the direction to the result, with its candidates and the new form.
        await page.Locator("#tab-diagram").ClickAsync();
        var flow = await page.Locator("g.djs-connection[data-element-id='f-record']").BoundingBoxAsync() ?? throw new InvalidOperationException("no flow");
        var entry = await page.Locator(".djs-palette .entry[data-action='create.task']").BoundingBoxAsync() ?? throw new InvalidOperationException("no palette");
        await page.Mouse.MoveAsync(entry.X + (entry.Width / 2), entry.Y + (entry.Height / 2));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(flow.X + (flow.Width / 2), flow.Y + (flow.Height / 2), new() { Steps = 20 });
        await page.Mouse.UpAsync();
        await page.Keyboard.TypeAsync("Kiểm tra thực địa");
        await page.Keyboard.PressAsync("Enter"); // ends the name's editing; the new task stays selected with its context pad
        await Assertions.Expect(page.Locator("g.djs-shape.selected[data-element-id^='Activity_']")).ToHaveCountAsync(1);
        await page.Locator(".djs-context-pad.open .entry[data-action='replace']").ClickAsync();
        await page.Locator(".djs-popup .entry[data-id='replace-with-user-task']").ClickAsync();
        await OpenGroupAsync(page, "Phân công");
        await page.Locator("#bio-properties-panel-assignmentDefinitionCandidateGroups").FillAsync("=[\"agency:\" + leadAgency]");
        await OpenGroupAsync(page, "Biểu mẫu");
        await page.Locator("#bio-properties-panel-lcFormChoice").SelectOptionAsync(FieldCheck);
        await Assertions.Expect(page.Locator("#bio-properties-panel-formId")).ToHaveValueAsync(FieldCheck);

        await page.Locator("#change-note").FillAsync("Thêm bước kiểm tra thực địa; ảnh sau xử lý bắt buộc");
        await page.Locator("#publish").ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Đã xuất bản phiên bản 2 của field-report.");

        // The cases running on version 1 move to version 2 (a dry run first).
        await page.Locator("button[data-key='field-report'][data-version='1']").ClickAsync();
        await page.Locator("#migrate-all-dry-run").ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Có thể chuyển cả 1 hồ sơ sang phiên bản 2");
        await Assertions.Expect(page.Locator("#migrate-all")).ToBeEnabledAsync();
        await page.Locator("#migrate-all").ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Đã chuyển 1 hồ sơ sang phiên bản 2.");
        await WebFixture.ScreenshotAsync(page, "story-designer");
    }

    private async Task LowerTheLimitAsync(IPage page)
    {
        await page.GotoAsync($"/quan-tri/co-quan/{MuongKim}");
        await page.Locator("#resolution-days").FillAsync("3");
        await page.Locator("form button[type=submit].primary").ClickAsync();
        await Assertions.Expect(page.Locator("p.success[role=status]")).ToContainTextAsync(MuongKim);
        var agency = await web.World.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/agencies/{MuongKim}");
        Assert.Equal(3, agency.GetProperty("resolutionWorkingDays").GetInt32());
    }

    private async Task ANewReportInMuongKimIsGivenThreeWorkingDaysAsync()
    {
        var (lat, lon) = await PointInAsync("03637");
        using var client = web.Host.CreateApiClient(apiKey: null);
        var answer = await client.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = web.World.Open311Key, ["service_code"] = "khac", ["lat"] = lat, ["long"] = lon,
            ["address_string"] = "Bản Mường Kim", ["first_name"] = "Thị Hoa", ["last_name"] = "Lò", ["phone"] = "0987 654 321",
            ["email"] = "hoa.lo@example.vn", ["description"] = "Đèn chiếu sáng ở đầu cầu treo bản Mường Kim bị hỏng từ tuần trước, buổi tối rất tối.",
        }));
        var body = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement[0];
        var code = body.GetProperty("service_request_id").GetString()!;
        await web.World.IdleAsync();

        var request = JsonDocument.Parse(await client.GetStringAsync($"/open311/v2/requests/{code}.json")).RootElement[0];
        var received = request.GetProperty("requested_datetime").GetString()!;
        var expected = (await web.World.Admin.GetFromJsonAsync<JsonElement>(
            $"/api/v1/calendar/add-working-days?from={Uri.EscapeDataString(received)}&days=3")).GetProperty("due").GetDateTimeOffset();
        var shown = expected.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

        Assert.Equal(expected, request.GetProperty("expected_datetime").GetDateTimeOffset());
        Assert.Contains(shown, body.GetProperty("service_notice").GetString(), StringComparison.Ordinal);
        var receipt = web.Mail.Messages.Single(m => m.Subject == $"Đã tiếp nhận phản ánh {code}");
        Assert.Contains($"Thời hạn giải quyết: trước {shown}", receipt.TextBody, StringComparison.Ordinal);
        var citizen = await web.NewPageAsync(phone: true);
        await citizen.GotoAsync(await CitizenProcess.TrackingLinkAsync(web, code));
        await Assertions.Expect(citizen.Locator("[data-due]")).ToContainTextAsync(expected.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await WebFixture.ScreenshotAsync(citizen, "story-tracking-three-days");
    }

    /// <summary>A point the locator puts in the commune (the boundaries are data: found, not hard-coded).</summary>
    private async Task<(string Lat, string Lon)> PointInAsync(string commune)
    {
        for (var lat = 21.80; lat < 22.0; lat += 0.02)
        {
            for (var lon = 103.70; lon < 103.95; lon += 0.02)
            {
                var (la, lo) = (lat.ToString("0.0000", CultureInfo.InvariantCulture), lon.ToString("0.0000", CultureInfo.InvariantCulture));
                using var response = await web.World.Admin.GetAsync($"/api/v1/admin-units/locate?lon={lo}&lat={la}");
                if (response.IsSuccessStatusCode && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString() == commune)
                {
                    return (la, lo);
                }
            }
        }

        throw new InvalidOperationException($"No point of the search grid lies in commune {commune}.");
    }

    /// <summary>Adds a required component to the form open in the editor, with its label and key.</summary>
    private static async Task AddFieldAsync(IPage page, string type, string label, string key)
    {
        await page.Locator($"#form-palette .fjs-palette-field[data-field-type='{type}']").PressAsync("Enter");
        await page.Locator($"#form-canvas .fjs-form-field-{type}").Last.ClickAsync();
        await OpenFormGroupAsync(page, "Chung");
        await page.Locator("#bio-properties-panel-label").ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(label);
        await page.Locator("#bio-properties-panel-key").FillAsync(key);
        await OpenFormGroupAsync(page, "Kiểm tra dữ liệu");
        await page.Locator("#bio-properties-panel-required").CheckAsync();
    }

    private static async Task OpenFormGroupAsync(IPage page, string label)
    {
        var header = page.Locator("#form-properties .bio-properties-panel-group-header", new() { HasText = label });
        if (!(await header.GetAttributeAsync("class") ?? "").Contains("open", StringComparison.Ordinal))
        {
            await header.ClickAsync();
        }
    }

    private static async Task OpenGroupAsync(IPage page, string label)
    {
        var header = page.Locator("#properties .bio-properties-panel-group-header", new() { HasText = label });
        if (!(await header.GetAttributeAsync("class") ?? "").Contains("open", StringComparison.Ordinal))
        {
            await header.ClickAsync();
        }
    }

    private static async Task CompleteAsync(IPage page, string form)
    {
        await page.Locator($"#task-{form} button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("Đã hoàn thành");
    }
}
