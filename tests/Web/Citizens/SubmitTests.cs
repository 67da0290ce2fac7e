using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LaiChau.Web.Tests.Citizens;

[Collection(WebCollection.Name)]
public sealed class SubmitTests(WebFixture web)
{
    [Fact]
    public async Task Submit_WithAPhoto_GivesTheCodeAndDeadlineAndTheReportKeepsItsPhoto()
    {
        var page = await web.NewPageAsync();
        await CitizenPages.FillAsync(page, category: "rac-thai", description: "Rác thải đổ bừa bãi cạnh suối Nậm Lỏong, bốc mùi hôi thối.",
            email: "binh.tran@example.vn");
        await page.Locator("#media").SetInputFilesAsync(new FilePayload { Name = "rac.png", MimeType = "image/png", Buffer = CitizenPages.Png() });
        Assert.True(await page.Locator("[data-pow-fallback]").IsHiddenAsync()); // the script does the proof-of-work
        await WebFixture.ScreenshotAsync(page, "citizens-submit");

        var code = await CitizenPages.SendAsync(page);

        Assert.Matches(@"^PA-\d{4}-\d{6,7}$", code);
        Assert.Matches(@"\d{2}:\d{2} \d{2}/\d{2}/\d{4}", await page.Locator("[data-due]").InnerTextAsync());
        Assert.Contains("đường dẫn tra cứu riêng", await page.Locator("p.success").InnerTextAsync(), StringComparison.Ordinal);
        await WebFixture.ScreenshotAsync(page, "citizens-receipt");
        var report = await web.World.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}");
        Assert.Equal("rac-thai", report.GetProperty("category").GetString());
        Assert.StartsWith("Rác thải đổ bừa bãi", report.GetProperty("description").GetString(), StringComparison.Ordinal);
        var media = await web.World.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}/media");
        var item = Assert.Single(media.EnumerateArray());
        Assert.Equal("image/png", item.GetProperty("contentType").GetString());

        // The receipt is shown once: reloading it leads to tracking (no double post, no stale receipt).
        await page.ReloadAsync();
        Assert.Contains("/tra-cuu", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_OnAPhone_FitsTheScreen()
    {
        var page = await web.NewPageAsync(phone: true);
        await page.GotoAsync("/gui-phan-anh");

        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"The page is {width}px wide on a 390px phone.");
        await WebFixture.ScreenshotAsync(page, "citizens-submit-phone");
    }

    [Fact]
    public async Task Submit_WithWrongFields_ShowsVietnameseErrorsNextToThemAndKeepsWhatWasTyped()
    {
        var page = await web.NewPageAsync();
        await CitizenPages.FillAsync(page, category: "rac-thai", description: "Ngắn", phone: "12345", name: "Nguyễn Thị Hà");

        await page.Locator("form.report button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("#error-summary");

        Assert.Equal("true", await page.Locator("#phone").GetAttributeAsync("aria-invalid"));
        Assert.StartsWith("Số điện thoại không hợp lệ", await page.Locator("#phone-error").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("true", await page.Locator("#description").GetAttributeAsync("aria-invalid"));
        Assert.Contains("ít nhất 10 ký tự", await page.Locator("#description-error").InnerTextAsync(), StringComparison.Ordinal);
        // R5.3: this category needs a photo.
        Assert.Equal("Vui lòng gửi kèm ít nhất một ảnh chụp hiện trường.", await page.Locator("#media-error").InnerTextAsync());
        Assert.Equal("media-error media-hint", await page.Locator("#media").GetAttributeAsync("aria-describedby"));
        Assert.Null(await page.Locator("#name").GetAttributeAsync("aria-invalid"));
        Assert.Equal("Nguyễn Thị Hà", await page.Locator("#name").InputValueAsync());
        Assert.Equal("12345", await page.Locator("#phone").InputValueAsync());
        Assert.Equal("Ngắn", await page.Locator("#description").InputValueAsync());
        Assert.Equal("rac-thai", await page.Locator("#category").InputValueAsync());
        Assert.Equal(WebWorld.DoanKetLat, double.Parse(await page.Locator("#lat").InputValueAsync(), System.Globalization.CultureInfo.InvariantCulture), 6);
    }

    [Fact]
    public async Task Submit_WithoutJavaScript_AsksASumInsteadAndTakesTheReport()
    {
        var context = await web.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = web.Host.BaseUrl, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await CitizenPages.FillAsync(page, description: "Cống thoát nước trước nhà văn hoá bản bị tắc, nước tràn ra đường.");
        Assert.True(await page.Locator("#answer").IsVisibleAsync());

        // A wrong sum: nothing is saved, the error says so in Vietnamese, the typed values stay.
        await page.Locator("#answer").FillAsync("99");
        await page.Locator("form.report button[type=submit]").ClickAsync();
        Assert.Equal("Câu trả lời kiểm tra chưa đúng. Vui lòng thử lại.", await page.Locator("#answer-error").InnerTextAsync());
        Assert.Equal("true", await page.Locator("#answer").GetAttributeAsync("aria-invalid"));
        Assert.Equal("Trần Văn Bình", await page.Locator("#name").InputValueAsync());

        await CitizenPages.AnswerSumAsync(page);
        var code = await CitizenPages.SendAsync(page);

        var report = await web.World.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}");
        Assert.Equal("khac", report.GetProperty("category").GetString());
        await context.CloseAsync();
    }

    [Fact]
    public async Task Submit_UrgentCategory_WarnsToCallTheEmergencyNumbers()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync("/gui-phan-anh");
        Assert.True(await page.Locator("#urgent-warning").IsHiddenAsync());

        await page.Locator("#category").SelectOptionAsync("chay-no");

        Assert.True(await page.Locator("#urgent-warning").IsVisibleAsync());
        Assert.Contains("114", await page.Locator("#urgent-warning").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_ReplayedChallenge_IsRefusedAndNothingIsSaved()
    {
        var page = await web.NewPageAsync();
        await CitizenPages.FillAsync(page, description: "Biển báo giao thông ở ngã ba bản Sin Suối Hồ bị gãy đổ.");
        var token = await page.Locator("input[name=challenge]").InputValueAsync();
        await CitizenPages.SendAsync(page);

        // The same signed challenge with a right proof-of-work, posted once more: refused, the form stays.
        await CitizenPages.FillAsync(page, description: "Biển báo giao thông ở ngã ba bản Sin Suối Hồ bị gãy đổ lần nữa.");
        var nonce = Enumerable.Range(0, 10_000_000).First(n => LeadingZeroBits(token, n) >= 14);
        await page.Locator("input[name=challenge]").EvaluateAsync("(e, t) => e.value = t", token);
        await page.Locator("input[name=nonce]").EvaluateAsync("(e, n) => e.value = n", nonce.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("form.report button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("#answer-error");

        Assert.EndsWith("/gui-phan-anh", page.Url, StringComparison.Ordinal);
        Assert.StartsWith("Biểu mẫu đã hết hạn.", await page.Locator("#answer-error").InnerTextAsync(), StringComparison.Ordinal);
    }

    private static int LeadingZeroBits(string token, int nonce)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{token}:{nonce}"));
        var bits = 0;
        foreach (var b in hash)
        {
            if (b != 0)
            {
                return bits + System.Numerics.BitOperations.LeadingZeroCount((uint)b) - 24;
            }

            bits += 8;
        }

        return bits;
    }

    [Fact]
    public async Task Submit_OverTheRateLimit_Answers429PolitelyInVietnamese()
    {
        await web.World.AdvanceAsync("PT10M"); // a fresh window of the limit (it follows the app's clock)
        try
        {
            using var client = web.Host.CreateApiClient(apiKey: null);
            HttpResponseMessage? response = null;
            for (var i = 0; i < 21; i++)
            {
                response = await client.PostAsync("/gui-phan-anh", new FormUrlEncodedContent(new Dictionary<string, string> { ["description"] = "x" }));
                if (i < 20)
                {
                    Assert.NotEqual(HttpStatusCode.TooManyRequests, response.StatusCode);
                }
            }

            Assert.Equal(HttpStatusCode.TooManyRequests, response!.StatusCode);
            Assert.NotNull(response.Headers.RetryAfter);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains("Bạn đã gửi nhiều phản ánh trong thời gian ngắn", body, StringComparison.Ordinal);

            // Reading the form is never limited.
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/gui-phan-anh")).StatusCode);
        }
        finally
        {
            await web.World.AdvanceAsync("PT10M"); // the other tests post from the same address
        }
    }

    [Fact]
    public async Task CommuneBoundaries_WithoutAnyKey_AreServedAsGeoJson()
    {
        using var client = web.Host.CreateApiClient(apiKey: null);
        var response = await client.GetAsync("/ban-do/xa-phuong.geojson");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("FeatureCollection", body.GetProperty("type").GetString());
        Assert.Contains(body.GetProperty("features").EnumerateArray(), f => f.GetProperty("properties").GetProperty("code").GetString() == "03388");
    }
}

[Collection(WebCollection.Name)]
public sealed class SubmitLimitTests(WebFixture web)
{
    [Fact]
    public async Task Submit_APhotoOverTheLimitWithoutJavaScript_IsRefusedByTheServerInVietnamese()
    {
        var context = await web.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = web.Host.BaseUrl, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await CitizenPages.FillAsync(page, category: "rac-thai", description: "Rác chất đống trước cổng chợ phiên, ruồi nhặng nhiều.");
        var photo = new byte[(10 * 1024 * 1024) + 1];
        CitizenPages.Png().CopyTo(photo, 0); // a PNG's beginning, then more bytes than a photo may have
        await page.Locator("#media").SetInputFilesAsync(new FilePayload { Name = "to.png", MimeType = "image/png", Buffer = photo });
        await CitizenPages.AnswerSumAsync(page);

        await page.Locator("form.report button[type=submit]").ClickAsync();

        Assert.EndsWith("/gui-phan-anh", page.Url, StringComparison.Ordinal);
        Assert.Contains("quá lớn", await page.Locator("#media-error").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("true", await page.Locator("#media").GetAttributeAsync("aria-invalid"));
        Assert.Contains("chọn lại ảnh", await page.Locator("#error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Submit_ARequestOverTheWholeLimit_Answers413BeforeReadingIt()
    {
        var uri = new Uri(web.Host.BaseUrl);
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port);
        await using var stream = tcp.GetStream();
        // Only the headers: a body of 200 MB is announced and never sent; the answer comes at once.
        var head = $"POST /gui-phan-anh HTTP/1.1\r\nHost: {uri.Authority}\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 200000000\r\n\r\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(head));
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var status = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
        var rest = new System.Text.StringBuilder();
        var buffer = new char[4096];
        int read;
        while (!rest.ToString().Contains("</html>", StringComparison.Ordinal)
            && (read = await reader.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(10))) > 0)
        {
            rest.Append(buffer, 0, read);
        }

        Assert.StartsWith("HTTP/1.1 413", status, StringComparison.Ordinal);
        Assert.Contains("Tệp gửi lên quá lớn", rest.ToString(), StringComparison.Ordinal);
    }
}
