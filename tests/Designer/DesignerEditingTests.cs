using System.Net.Http.Json;
using System.Text;
using LaiChau.Designer.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LaiChau.Designer.Tests;

/// <summary>An administrator opens, changes, checks and publishes definitions in a real browser.</summary>
[Collection(DesignerCollection.Name)]
public sealed class DesignerEditingTests(DesignerFixture fixture)
{
    [Fact]
    public async Task Administrator_ChangesATaskInThePropertiesPanel_PublishesVersionTwo()
    {
        const string key = "Designer_Publish";
        await fixture.DeployAsync(Diagrams.ServiceTask(key, "Tiếp nhận"));
        var page = await fixture.SignedInPageAsync();

        await page.Locator($"button[data-key='{key}'][data-version='1']").ClickAsync();
        await Assertions.Expect(page.Locator("#current")).ToContainTextAsync("phiên bản 1");
        await page.Locator("g.djs-element[data-element-id='Task_1']").ClickAsync();
        await Assertions.Expect(page.Locator(".bio-properties-panel-header-label")).ToContainTextAsync("Tiếp nhận");
        await page.Locator(".bio-properties-panel-group-header", new() { HasText = "Chung" }).ClickAsync();
        var name = page.Locator("#bio-properties-panel-name");
        await name.FillAsync("Tiếp nhận và phân loại");
        await Assertions.Expect(page.Locator("g.djs-element[data-element-id='Task_1'] text")).ToContainTextAsync("phân loại");
        await page.Locator("#change-note").FillAsync("Đổi tên bước tiếp nhận & phân loại");
        await page.Locator("#publish").ClickAsync();

        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Đã xuất bản phiên bản 2");
        await Assertions.Expect(page.Locator($"button[data-key='{key}'][data-version='2']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"li:has(button[data-key='{key}'][data-version='2']) [data-testid='change-note']"))
            .ToHaveTextAsync("Đổi tên bước tiếp nhận & phân loại");
        await Assertions.Expect(page.Locator("#change-note")).ToHaveValueAsync("");
        using var api = fixture.Host.CreateApiClient(DesignerHost.AdminKey);
        var published = await api.GetFromJsonAsync<Published>($"/api/v1/definitions/{key}/versions/2");
        Assert.Contains("name=\"Tiếp nhận và phân loại\"", published!.Xml, StringComparison.Ordinal);
        var listed = await api.GetFromJsonAsync<List<Published>>("/api/v1/designer/definitions");
        Assert.Equal("Đổi tên bước tiếp nhận & phân loại", listed!.Single(d => d.Key == key && d.Version == 2).ChangeNote);
        Assert.Null(listed!.Single(d => d.Key == key && d.Version == 1).ChangeNote);
        // The cookie carries the same principal as the key: both versions name the same publisher.
        var first = await api.GetFromJsonAsync<Published>($"/api/v1/definitions/{key}/versions/1");
        Assert.False(string.IsNullOrEmpty(published.DeployedBy));
        Assert.Equal(first!.DeployedBy, published.DeployedBy);
    }

    [Fact]
    public async Task Publish_WithAChangeNoteTooLong_IsRefusedAndDeploysNothing()
    {
        using var api = fixture.Host.CreateApiClient(DesignerHost.AdminKey);
        using var body = new StringContent(Diagrams.ServiceTask("Designer_LongNote", "Tiếp nhận"), Encoding.UTF8, "application/xml");

        var response = await api.PostAsync($"/api/v1/definitions?changeNote={new string('a', 501)}", body);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var listed = await api.GetFromJsonAsync<List<Published>>("/api/v1/designer/definitions");
        Assert.DoesNotContain(listed!, d => d.Key == "Designer_LongNote");
    }

    [Fact]
    public async Task Administrator_ImportsAnInvalidFile_SeesTheErrorsOnTheCanvas()
    {
        var page = await fixture.SignedInPageAsync();

        await page.Locator("#import").SetInputFilesAsync(new FilePayload
        {
            Name = "thieu-loai-cong-viec.bpmn",
            MimeType = "application/xml",
            Buffer = Encoding.UTF8.GetBytes(Diagrams.ServiceTask("Designer_Invalid", "Không có loại", jobType: null)),
        });

        await Assertions.Expect(page.Locator(".lc-error-badge[data-element-id='Task_1']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("g.djs-element.lc-invalid[data-element-id='Task_1']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#errors li[data-element-id='Task_1']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("lỗi");
        // bpmnlint, in the browser, names the same element before any server round trip.
        await Assertions.Expect(page.Locator(".lc-lint-badge.lc-lint-error[data-element-id='Task_1']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#lint li[data-element-id='Task_1'][data-category='error']")).ToContainTextAsync("loại công việc");
    }

    [Fact]
    public async Task Administrator_PublishingAnInvalidDiagram_DeploysNothing()
    {
        var page = await fixture.SignedInPageAsync();
        await page.Locator("#import").SetInputFilesAsync(new FilePayload
        {
            Name = "khong-hop-le.bpmn",
            MimeType = "application/xml",
            Buffer = Encoding.UTF8.GetBytes(Diagrams.ServiceTask("Designer_NeverPublished", "Không có loại", jobType: null)),
        });
        await Assertions.Expect(page.Locator(".lc-error-badge")).ToHaveCountAsync(1);

        await page.Locator("#publish").ClickAsync();

        await Assertions.Expect(page.Locator("#errors li[data-element-id='Task_1']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("button[data-key='Designer_NeverPublished']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Administrator_ComparesVersionTwoWithVersionOne_SeesTheRenamedTaskMarked()
    {
        const string key = "Designer_Compare";
        await fixture.DeployAsync(Diagrams.ServiceTask(key, "Trước"));
        await fixture.DeployAsync(Diagrams.ServiceTask(key, "Sau"));
        var page = await fixture.SignedInPageAsync();
        await page.Locator($"button[data-key='{key}'][data-version='2']").ClickAsync();
        await Assertions.Expect(page.Locator("#current")).ToContainTextAsync("phiên bản 2");

        await page.Locator("#compare").SelectOptionAsync("1");

        await Assertions.Expect(page.Locator("g.djs-element.lc-diff-changed[data-element-id='Task_1']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#diff li[data-kind='changed'][data-element-id='Task_1']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("So với phiên bản 1: 0 thêm, 1 sửa");
    }

    [Fact]
    public async Task Administrator_ReloadsThePage_OpensTheDraftWithTheChange()
    {
        const string key = "Designer_Draft";
        await fixture.DeployAsync(Diagrams.ServiceTask(key, "Ban đầu"));
        var page = await fixture.SignedInPageAsync();
        await page.Locator($"button[data-key='{key}'][data-version='1']").ClickAsync();
        await page.Locator("g.djs-element[data-element-id='Task_1']").ClickAsync();
        await page.Locator(".bio-properties-panel-group-header", new() { HasText = "Chung" }).ClickAsync();
        await page.Locator("#bio-properties-panel-name").FillAsync("Đang sửa dở");
        await Assertions.Expect(page.Locator("g.djs-element[data-element-id='Task_1'] text")).ToContainTextAsync("sửa dở");

        // The draft is written shortly after the change; the button appears after a reload once it is there.
        await page.WaitForFunctionAsync("() => (localStorage.getItem('laichau.designer.draft') ?? '').includes('Đang sửa dở')");
        await page.ReloadAsync();
        await page.Locator("#open-draft").ClickAsync();

        await Assertions.Expect(page.Locator("g.djs-element[data-element-id='Task_1'] text")).ToContainTextAsync("sửa dở");
        await Assertions.Expect(page.Locator("#current")).ToContainTextAsync("(bản nháp)");
    }

    [Fact]
    public async Task Administrator_ExportsPng_GetsAPngFile()
    {
        var page = await fixture.SignedInPageAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-png").ClickAsync());

        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path!);
        Assert.Equal("quy-trinh.png", download.SuggestedFilename);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
    }

    private sealed record Published(string Key, int Version, string? Xml, string? DeployedBy, string? ChangeNote);
}
