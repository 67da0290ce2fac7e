using System.Net.Http.Json;
using LaiChau.Web.Tests.Infrastructure;

namespace LaiChau.Web.Tests.Admin;

[Collection(WebCollection.Name)]
public sealed class AdminTests(WebFixture web)
{
    [Theory]
    [InlineData("an.nguyen")]
    [InlineData("soc.officer")]
    [InlineData("lan.le")]
    public async Task Admin_ForSomeoneWhoIsNotAnAdministrator_IsRefusedByUrl(string user)
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync(user, returnUrl: "/");

        var response = await page.GotoAsync("/quan-tri");

        Assert.Equal(403, response!.Status);
    }

    [Fact]
    public async Task Admin_CreatesAUserWhoSignsIn_ThenDisablesThemAndSignInIsRefused()
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync("quan.tri", returnUrl: "/quan-tri");
        await page.Locator("#userName").FillAsync("moi.tao");
        await page.Locator("#displayName").FillAsync("Cán bộ Mới Tạo");
        await page.Locator("#password").FillAsync("mat-khau-moi-2026");
        await page.Locator("#create button[type=submit]").ClickAsync();
        Assert.Equal("Đã tạo tài khoản moi.tao.", await page.Locator("p.success").InnerTextAsync());
        await WebFixture.ScreenshotAsync(page, "admin-users");

        var user = await web.NewPageAsync();
        await user.SignInAsync("moi.tao", password: "mat-khau-moi-2026", returnUrl: "/");
        Assert.Equal("moi.tao", await user.Locator("header .who").InnerTextAsync());

        await page.Locator("tr[data-user='moi.tao'] button.danger").ClickAsync();
        Assert.Equal("Đã vô hiệu hoá tài khoản moi.tao.", await page.Locator("p.success").InnerTextAsync());

        var again = await web.NewPageAsync();
        await again.SignInAsync("moi.tao", password: "mat-khau-moi-2026");
        Assert.Equal("Tài khoản đã bị vô hiệu hoá.", await again.Locator("p.error").InnerTextAsync());
    }

    [Fact]
    public async Task Admin_CreateWithAShortPasswordAndNoName_ShowsVietnameseFieldErrorsAndSavesNothing()
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync("quan.tri", returnUrl: "/quan-tri");
        await page.Locator("#userName").FillAsync("thieu.ten");
        await page.Locator("#password").FillAsync("ngan1");
        await page.Locator("#create button[type=submit]").ClickAsync();

        Assert.Equal("true", await page.Locator("#displayName").GetAttributeAsync("aria-invalid"));
        Assert.Equal("Cần họ tên (tối đa 200 ký tự).", await page.Locator("#displayName-error").InnerTextAsync());
        Assert.Equal("true", await page.Locator("#password").GetAttributeAsync("aria-invalid"));
        Assert.Equal("thieu.ten", await page.Locator("#userName").InputValueAsync());
        Assert.Equal(0, await page.Locator("tr[data-user='thieu.ten']").CountAsync());
    }
}

[Collection(WebCollection.Name)]
public sealed class AdminAgencyTests(WebFixture web)
{
    [Fact]
    public async Task R12_1_AgencyEdit_WithTwoFocalLeaders_IsRefusedInVietnameseAndNothingIsSaved()
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync("quan.tri", returnUrl: "/quan-tri/co-quan/UBND-03390");
        var row = await RowOfAsync(page, "minh.do");
        await page.Locator($"#m{row}-role").SelectOptionAsync("leader");
        await page.Locator($"input[name='Members[{row}].FocalLeader']").CheckAsync();
        await page.Locator("form button.primary").ClickAsync();

        Assert.Equal("Cơ quan phải có đúng một lãnh đạo đầu mối (R12.1); hiện có 2.", await page.Locator("#focal-error").InnerTextAsync());
        var agency = await web.World.Admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/agencies/UBND-03390");
        Assert.Equal("hoa.vu", agency.GetProperty("focalLeader").GetProperty("userId").GetString());
        Assert.Equal("officer", agency.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("userId").GetString() == "minh.do").GetProperty("role").GetString());
    }

    [Fact]
    public async Task R12_1_AgencyEdit_WithNoFocalLeader_IsRefusedInVietnamese()
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync("quan.tri", returnUrl: "/quan-tri/co-quan/UBND-03390");
        var row = await RowOfAsync(page, "hoa.vu");
        await page.Locator($"input[name='Members[{row}].FocalLeader']").UncheckAsync();
        await page.Locator("form button.primary").ClickAsync();

        Assert.Equal("Cơ quan phải có đúng một lãnh đạo đầu mối (R12.1); hiện có 0.", await page.Locator("#focal-error").InnerTextAsync());
        Assert.Equal("hoa.vu", await page.Locator($"#m{row}-user").InputValueAsync());
    }

    [Fact]
    public async Task AgencyEdit_WithOneFocalLeader_SavesAndShowsTheAgencyList()
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync("quan.tri", returnUrl: "/quan-tri/co-quan/UBND-TINH");
        await page.Locator("form button.primary").ClickAsync();

        Assert.Equal("Đã lưu cơ quan UBND-TINH.", await page.Locator("p.success").InnerTextAsync());
        await page.GotoAsync("/quan-tri/co-quan");
        Assert.Equal(1, await page.Locator("a[href='/quan-tri/co-quan/UBND-03388']").CountAsync());
    }

    private static async Task<int> RowOfAsync(Microsoft.Playwright.IPage page, string user)
    {
        var inputs = page.Locator("input[id$='-user']");
        for (var i = 0; i < await inputs.CountAsync(); i++)
        {
            if (await inputs.Nth(i).InputValueAsync() == user)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"{user} is not listed.");
    }
}

[Collection(WebCollection.Name)]
public sealed class AdminApiKeyTests(WebFixture web)
{
    [Fact]
    public async Task ApiKey_CreatedOnThePage_IsShownOnceWorksAndStopsWhenRevoked()
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync("quan.tri", returnUrl: "/quan-tri/khoa-api");
        await page.Locator("#name").FillAsync("kiem-thu-khoa");
        await page.Locator("#role").SelectOptionAsync("Integration");
        await page.Locator("#create button[type=submit]").ClickAsync();
        var key = await page.Locator("#new-key").InputValueAsync();
        Assert.StartsWith("lck_", key, StringComparison.Ordinal);
        using (var client = web.Host.CreateApiClient(key))
        {
            Assert.True((await client.GetAsync("/api/v1/api-keys/current")).IsSuccessStatusCode);
        }

        await page.GotoAsync("/quan-tri/khoa-api");
        Assert.Equal(0, await page.Locator("#new-key").CountAsync());
        await page.Locator("tr[data-key='kiem-thu-khoa'] button.danger").ClickAsync();

        Assert.Equal("Đã thu hồi khoá.", await page.Locator("p.success").InnerTextAsync());
        using var revoked = web.Host.CreateApiClient(key);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await revoked.GetAsync("/api/v1/api-keys/current")).StatusCode);
    }

    [Fact]
    public async Task ApiKey_WithoutAName_IsRefusedWithAVietnameseFieldError()
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync("quan.tri", returnUrl: "/quan-tri/khoa-api");
        await page.Locator("#create button[type=submit]").ClickAsync();

        Assert.Equal("true", await page.Locator("#name").GetAttributeAsync("aria-invalid"));
        Assert.Equal("Cần tên (ai hoặc hệ thống nào dùng khoá), tối đa 100 ký tự.", await page.Locator("#name-error").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#new-key").CountAsync());
    }
}

[Collection(WebCollection.Name)]
public sealed class AdminCategoryTests(WebFixture web)
{
    [Fact]
    public async Task Category_CreatedOnThePage_IsListedAndOfferedByTheApi()
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync("quan.tri", returnUrl: "/quan-tri/linh-vuc");
        await page.Locator("#code").FillAsync("cay-do");
        await page.Locator("#name").FillAsync("Cây đổ, cành gãy");
        await page.Locator("#group").FillAsync("Môi trường");
        await page.Locator("#edit button[type=submit]").ClickAsync();

        Assert.Equal("Đã lưu lĩnh vực cay-do.", await page.Locator("p.success").InnerTextAsync());
        Assert.Equal(1, await page.Locator("tr[data-category='cay-do']").CountAsync());
        var all = await web.World.Admin.GetStringAsync("/api/v1/categories");
        Assert.Contains("Cây đổ, cành gãy", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Category_WithABadCodeAndNoName_ShowsVietnameseFieldErrorsAndSavesNothing()
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync("quan.tri", returnUrl: "/quan-tri/linh-vuc");
        await page.Locator("#code").FillAsync("Sai Mã");
        await page.Locator("#group").FillAsync("Môi trường");
        await page.Locator("#edit button[type=submit]").ClickAsync();

        Assert.Equal("true", await page.Locator("#code").GetAttributeAsync("aria-invalid"));
        Assert.StartsWith("Mã lĩnh vực gồm", await page.Locator("#code-error").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Cần tên lĩnh vực (tối đa 200 ký tự).", await page.Locator("#name-error").InnerTextAsync());
        Assert.Equal("Sai Mã", await page.Locator("#code").InputValueAsync());
    }
}

[Collection(WebCollection.Name)]
public sealed class AdminCalendarTests(WebFixture web)
{
    [Fact]
    public async Task CalendarException_AddedThenDeleted_ReachesTheCalendarApi()
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync("quan.tri", returnUrl: "/quan-tri/lich");
        await page.Locator("#date").FillAsync("2029-09-03");
        await page.Locator("#reason").FillAsync("Nghỉ bù Quốc khánh");
        await page.Locator("#legal").FillAsync("Thông báo 1234/TB-LĐTBXH");
        await page.Locator("#add button[type=submit]").ClickAsync();

        Assert.Equal("Đã lưu ngày 2029-09-03.", await page.Locator("p.success").InnerTextAsync());
        Assert.Contains("Thông báo 1234/TB-LĐTBXH", await web.World.Admin.GetStringAsync("/api/v1/calendar/2029"), StringComparison.Ordinal);

        await page.Locator("tr[data-date='2029-09-03'] button.danger").ClickAsync();
        Assert.Equal("Đã xoá ngày 2029-09-03.", await page.Locator("p.success").InnerTextAsync());
        Assert.DoesNotContain("Thông báo 1234/TB-LĐTBXH", await web.World.Admin.GetStringAsync("/api/v1/calendar/2029"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CalendarException_WithoutReasonOrLegalReference_ShowsVietnameseFieldErrors()
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync("quan.tri", returnUrl: "/quan-tri/lich");
        await page.Locator("#date").FillAsync("2029-09-04");
        await page.Locator("#add button[type=submit]").ClickAsync();

        Assert.Equal("Cần lý do (tối đa 500 ký tự).", await page.Locator("#reason-error").InnerTextAsync());
        Assert.Equal("true", await page.Locator("#legal").GetAttributeAsync("aria-invalid"));
        Assert.Equal(0, await page.Locator("tr[data-date='2029-09-04']").CountAsync());
    }
}

[Collection(WebCollection.Name)]
public sealed class AdminNoticeTests(WebFixture web)
{
    [Fact]
    public async Task NoticeTemplate_ThatDoesNotRender_IsRefusedAndAGoodOneIsSavedThenRestored()
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync("quan.tri", returnUrl: "/quan-tri/mau-thong-bao");
        var section = page.Locator("section[id^='notice-']").First;
        var id = await section.GetAttributeAsync("id");
        var kind = id!["notice-".Length..];
        var original = await section.Locator("input[name=subject]").InputValueAsync();

        await section.Locator("textarea[name=text]").FillAsync("Kính gửi {% if %} ông bà");
        await section.Locator("button.primary").ClickAsync();
        Assert.Equal("Mẫu Liquid không dùng được: thẻ 'if' viết chưa đúng (dòng 1, cột 15).",
            await page.Locator($"#text-error-{kind}").InnerTextAsync());
        Assert.Equal("true", await page.Locator($"#text-{kind}").GetAttributeAsync("aria-invalid"));

        await page.GotoAsync("/quan-tri/mau-thong-bao");
        await page.Locator($"#subject-{kind}").FillAsync(original + " (thử)");
        await page.Locator($"#notice-{kind} button.primary").ClickAsync();
        Assert.Equal($"Đã lưu mẫu {kind}.", await page.Locator("p.success").InnerTextAsync());
        Assert.Equal(original + " (thử)", await page.Locator($"#subject-{kind}").InputValueAsync());

        await page.Locator($"#notice-{kind} form:not(:has(.primary)) button").ClickAsync();
        Assert.Equal(original, await page.Locator($"#subject-{kind}").InputValueAsync());
    }

    [Fact]
    public async Task NoticeTemplate_ThatDoesNotRender_IsExplainedInEnglishUnderTheEnglishSwitch()
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync("quan.tri", returnUrl: "/quan-tri/mau-thong-bao");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "EN", Exact = true }).ClickAsync();
        var section = page.Locator("section[id^='notice-']").First;
        var kind = (await section.GetAttributeAsync("id"))!["notice-".Length..];

        await section.Locator($"#subject-{kind}").FillAsync("");
        await section.Locator("textarea[name=text]").FillAsync("Kính gửi {% if %} ông bà");
        await section.Locator("button.primary").ClickAsync();

        Assert.Equal("Give the subject, at most 300 characters.", await page.Locator($"#subject-error-{kind}").InnerTextAsync());
        Assert.StartsWith("The Liquid template does not work: Invalid 'if' tag at (1:15)",
            await page.Locator($"#text-error-{kind}").InnerTextAsync(), StringComparison.Ordinal);
        await WebFixture.ScreenshotAsync(page, "admin-notice-error-en");
    }
}

[Collection(WebCollection.Name)]
public sealed class AdminUnitImportTests(WebFixture web)
{
    [Fact]
    public async Task UnitImport_WithAnInvalidFeature_NamesTheFieldInTheNoticeAndChangesNothing()
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync("quan.tri", returnUrl: "/quan-tri/don-vi-hanh-chinh");
        await page.Locator("#file").SetInputFilesAsync(new Microsoft.Playwright.FilePayload
        {
            Name = "don-vi.geojson", MimeType = "application/geo+json",
            Buffer = System.Text.Encoding.UTF8.GetBytes("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"99999","name":"A","level":"hamlet","parentCode":"12"}}]}"""),
        });
        await page.Locator("form button.primary").ClickAsync();

        Assert.Equal("Tệp chưa được nhập (không thay đổi gì):", await page.Locator("#file-error p").InnerTextAsync());
        Assert.Equal("features[0].properties.level: Cấp là province (tỉnh), district (huyện) hoặc commune (xã).",
            await page.Locator("#file-error li").First.InnerTextAsync());
        Assert.DoesNotContain("\"99999\"", await web.World.Admin.GetStringAsync("/api/v1/admin-units?at=all"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnitImport_WithAnOverlapWithinTheTolerance_ImportsAndListsItWithItsArea()
    {
        // A 55 m square on the vertex shared by 03388 and 03408, valid for two days in 2025 only: today's lists and
        // routing (the other tests' reports) are untouched.
        const string json = """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"99002","name":"Xã Thử","level":"commune","parentCode":"12","validFrom":"2025-07-01","validTo":"2025-07-02"},
             "geometry":{"type":"Polygon","coordinates":[[[103.45753,22.40281],[103.45803,22.40281],[103.45803,22.40331],[103.45753,22.40331],[103.45753,22.40281]]]}}]}
            """;
        var page = await web.NewPageAsync();
        await page.SignInAsync("quan.tri", returnUrl: "/quan-tri/don-vi-hanh-chinh");
        await page.Locator("#file").SetInputFilesAsync(new Microsoft.Playwright.FilePayload
        {
            Name = "don-vi.geojson", MimeType = "application/geo+json", Buffer = System.Text.Encoding.UTF8.GetBytes(json),
        });
        await page.Locator("form button.primary").ClickAsync();

        Assert.Equal("Đã nhập: 1 đơn vị mới, 0 đơn vị cập nhật.", await page.Locator("p.success").InnerTextAsync());
        var overlaps = await page.Locator("#overlaps li").AllInnerTextsAsync();
        Assert.Equal(2, overlaps.Count);
        Assert.All(overlaps, o => Assert.Matches("^mã 99002: Chồng lấn 03(388|408) \\(Phường [^)]+\\) [0-9.]+ m² \\(dưới mức cho phép 10\\.000 m²\\)\\.$", o));
    }

    [Theory]
    [InlineData("vi", "Tệp: Tệp không phải JSON hợp lệ (dòng 1, byte 29).", "mã 99999: Đơn vị cấp trên '777' không có trong danh mục.")]
    [InlineData("en", "File: Not JSON: ", "code 99999: The parent '777' is not a known unit.")]
    public async Task UnitImport_Errors_FollowThePagesLanguage(string language, string notJson, string unknownParent)
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync("quan.tri", returnUrl: "/quan-tri/don-vi-hanh-chinh");
        if (language == "en")
        {
            await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "EN", Exact = true }).ClickAsync();
        }

        await ImportAsync(page, """{"type":"FeatureCollection",}""");
        Assert.StartsWith(notJson, await page.Locator("#file-error li").First.InnerTextAsync(), StringComparison.Ordinal);

        await ImportAsync(page, """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"99999","name":"A","level":"commune","parentCode":"777"}}]}""");
        Assert.Equal(unknownParent, await page.Locator("#file-error li").First.InnerTextAsync());
    }

    private static async Task ImportAsync(Microsoft.Playwright.IPage page, string json)
    {
        await page.Locator("#file").SetInputFilesAsync(new Microsoft.Playwright.FilePayload
        {
            Name = "don-vi.geojson", MimeType = "application/geo+json", Buffer = System.Text.Encoding.UTF8.GetBytes(json),
        });
        await page.Locator("form button.primary").ClickAsync();
        await page.Locator("#file-error li").First.WaitForAsync();
    }

    [Fact]
    public async Task UnitImport_WithoutAFile_AsksForOne()
    {
        var page = await web.NewPageAsync();
        await page.SignInAsync("quan.tri", returnUrl: "/quan-tri/don-vi-hanh-chinh");
        await page.Locator("form button.primary").ClickAsync();

        Assert.Equal("Chọn một tệp GeoJSON.", await page.Locator("#file-error p").InnerTextAsync());
        Assert.Equal("true", await page.Locator("#file").GetAttributeAsync("aria-invalid"));
    }
}
