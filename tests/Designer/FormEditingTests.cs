using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LaiChau.Designer.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LaiChau.Designer.Tests;

/// <summary>
/// Issue 16 point 1: an administrator edits the Camunda Forms beside the diagram (form-js's editor, in Vietnamese)
/// and publishes them with it in one deployment; a user task is offered the known form ids.
/// </summary>
[Collection(DesignerCollection.Name)]
public sealed class FormEditingTests(DesignerFixture fixture)
{
    [Fact]
    public async Task Administrator_AddsARequiredFilePickerToAShippedForm_PublishesItsVersionTwo()
    {
        const string key = "Designer_FormRecordResult";
        await fixture.DeployAsync(Diagrams.FormTask(key, "record-result"));
        var page = await fixture.SignedInPageAsync();
        await page.Locator($"button[data-key='{key}'][data-version='1']").ClickAsync();
        await Assertions.Expect(page.Locator("#current")).ToContainTextAsync("phiên bản 1");

        await page.Locator("#tab-forms").ClickAsync();
        await page.Locator("#forms button[data-form-id='record-result']").ClickAsync();

        // The palette offers the supported types only, in Vietnamese.
        var palette = page.Locator("#form-palette .fjs-palette-field");
        await Assertions.Expect(palette).ToHaveCountAsync(11);
        await Assertions.Expect(page.Locator("#form-palette .fjs-palette-field[data-field-type='button']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#form-palette .fjs-palette-header")).ToHaveTextAsync("Thành phần");
        var filePicker = page.Locator("#form-palette .fjs-palette-field[data-field-type='filepicker']");
        await Assertions.Expect(filePicker).ToHaveTextAsync("Chọn tệp");

        await filePicker.PressAsync("Enter"); // the palette's keyboard way: added as the last component
        await page.Locator("#form-canvas .fjs-form-field-filepicker").Last.ClickAsync();
        await OpenFormGroupAsync(page, "Chung");
        await TypeLabelAsync(page, "Ảnh hiện trường sau xử lý");
        await page.Locator("#bio-properties-panel-key").FillAsync("afterPhotos");
        await OpenFormGroupAsync(page, "Kiểm tra dữ liệu");
        await Assertions.Expect(page.Locator("#form-properties label[for='bio-properties-panel-required']")).ToHaveTextAsync("Bắt buộc");
        await page.Locator("#bio-properties-panel-required").CheckAsync();
        await Assertions.Expect(page.Locator("#forms button[data-form-id='record-result']")).ToContainTextAsync("đã sửa");
        await page.Locator("#change-note").FillAsync("Thêm ảnh hiện trường sau xử lý");
        await page.Locator("#publish").ClickAsync();

        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("record-result phiên bản 2");
        await Assertions.Expect(page.Locator("#forms button[data-form-id='record-result']")).ToHaveTextAsync("record-result — phiên bản 2");
        using var api = fixture.Host.CreateApiClient(DesignerHost.AdminKey);
        var form = await api.GetFromJsonAsync<JsonElement>("/api/v1/forms/record-result");
        Assert.Equal(2, form.GetProperty("version").GetInt32());
        Assert.Equal("Thêm ảnh hiện trường sau xử lý", form.GetProperty("changeNote").GetString());
        var photos = Assert.Single(form.GetProperty("schema").GetProperty("components").EnumerateArray(),
            c => c.TryGetProperty("key", out var k) && k.GetString() == "afterPhotos");
        Assert.Equal("filepicker", photos.GetProperty("type").GetString());
        Assert.Equal("Ảnh hiện trường sau xử lý", photos.GetProperty("label").GetString());
        Assert.True(photos.GetProperty("validate").GetProperty("required").GetBoolean());
    }

    [Fact]
    public async Task Administrator_CreatesAFormAndLinksItToANewUserTask_PublishesBothInOneDeployment()
    {
        var page = await fixture.SignedInPageAsync();
        await page.Locator("#tab-forms").ClickAsync();
        await CreateFormAsync(page, "1-khong-hop-le");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("bắt đầu bằng một chữ cái");
        await CreateFormAsync(page, "field-check");
        await Assertions.Expect(page.Locator("#forms button[data-form-id='field-check']")).ToContainTextAsync("mới, chưa xuất bản");
        await page.Locator("#form-palette .fjs-palette-field[data-field-type='textarea']").PressAsync("Enter");
        await Assertions.Expect(page.Locator("#form-canvas .fjs-form-field-textarea")).ToHaveCountAsync(1);

        // Draw a task after the start event, name it, make it a user task and pick the new form for it.
        await page.Locator("#tab-diagram").ClickAsync();
        await page.Locator("g.djs-element[data-element-id='StartEvent_1']").ClickAsync();
        await page.Locator(".djs-context-pad .entry[data-action='append.append-task']").ClickAsync();
        await page.Keyboard.TypeAsync("Kiểm tra hiện trường");
        await page.Locator("g.djs-element[data-element-id='StartEvent_1']").ClickAsync(); // ends the name's editing
        await page.Locator("g.djs-shape[data-element-id^='Activity_']").ClickAsync();
        await page.Locator(".djs-context-pad .entry[data-action='replace']").ClickAsync();
        await page.Locator(".djs-popup .entry[data-id='replace-with-user-task']").ClickAsync();
        await page.Locator("#properties .bio-properties-panel-group-header", new() { HasText = "Biểu mẫu" }).ClickAsync();
        var choice = page.Locator("#bio-properties-panel-lcFormChoice");
        await Assertions.Expect(choice.Locator("option[value='field-check']")).ToHaveTextAsync("field-check (mới, chưa xuất bản)");
        await Assertions.Expect(choice.Locator("option[value='verify']")).ToHaveTextAsync("verify (phiên bản 1)");
        await choice.SelectOptionAsync("field-check");
        await Assertions.Expect(page.Locator("#bio-properties-panel-formId")).ToHaveValueAsync("field-check");
        await page.Locator("#change-note").FillAsync("Bước kiểm tra hiện trường");
        await page.Locator("#publish").ClickAsync();

        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Biểu mẫu: field-check phiên bản 1.");
        var processKey = (await page.Locator("#current").TextContentAsync())!.Split(" — ")[0];
        Assert.StartsWith("Process_", processKey, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync($"Đã xuất bản phiên bản 1 của {processKey}.");
        using var api = fixture.Host.CreateApiClient(DesignerHost.AdminKey);
        var form = await api.GetFromJsonAsync<JsonElement>("/api/v1/forms/field-check");
        Assert.Equal(1, form.GetProperty("version").GetInt32());
        Assert.Equal("textarea", Assert.Single(form.GetProperty("schema").GetProperty("components").EnumerateArray()).GetProperty("type").GetString());
        var process = await api.GetFromJsonAsync<JsonElement>($"/api/v1/definitions/{processKey}/versions/1");
        Assert.Contains("formId=\"field-check\"", process.GetProperty("xml").GetString(), StringComparison.Ordinal);
        // One deployment: the same publisher and note on both.
        Assert.Equal("Bước kiểm tra hiện trường", form.GetProperty("changeNote").GetString());
        Assert.Equal("Bước kiểm tra hiện trường", process.GetProperty("changeNote").GetString());
        Assert.Equal(form.GetProperty("deployedBy").GetString(), process.GetProperty("deployedBy").GetString());
    }

    [Fact]
    public async Task Administrator_ImportsAFormTheHostRefuses_SeesEachErrorWithTheFileAndItsComponent()
    {
        const string formId = "designer-refused";
        var page = await fixture.SignedInPageAsync();
        await page.Locator("#tab-forms").ClickAsync();
        var json = JsonSerializer.Serialize(new
        {
            id = formId,
            type = "default",
            components = new object[]
            {
                new { type = "textfield", id = "code", key = "code", label = "Mã", validate = new { pattern = "([a-z" } },
                new { type = "button", id = "send", label = "Gửi", action = "submit" },
            },
        });
        await page.Locator("#import-form").SetInputFilesAsync(new FilePayload
        {
            Name = $"{formId}.form",
            MimeType = "application/json",
            Buffer = Encoding.UTF8.GetBytes(json),
        });
        await Assertions.Expect(page.Locator($"#forms button[data-form-id='{formId}']")).ToContainTextAsync("mới, chưa xuất bản");
        await Assertions.Expect(page.Locator("#form-canvas .fjs-form-field-button")).ToHaveCountAsync(1); // form-js still shows it

        await page.Locator("#check").ClickAsync();

        var errors = page.Locator($"#errors li[data-resource='{formId}.form']");
        await Assertions.Expect(errors).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator($"#errors li[data-resource='{formId}.form'][data-element-id='send']"))
            .ToContainTextAsync($"[{formId}.form · send]");
        await Assertions.Expect(page.Locator($"#errors li[data-resource='{formId}.form'][data-element-id='send']")).ToContainTextAsync("button");
        // A click opens the form at the component the error names.
        await page.Locator("#tab-diagram").ClickAsync();
        await page.Locator($"#errors li[data-resource='{formId}.form'][data-element-id='code']").ClickAsync();
        await Assertions.Expect(page.Locator("#forms-area")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#form-properties .bio-properties-panel-header-label")).ToHaveTextAsync("Mã");

        await page.Locator("#publish").ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("lỗi");
        using var api = fixture.Host.CreateApiClient(DesignerHost.AdminKey);
        using var response = await api.GetAsync($"/api/v1/forms/{formId}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Administrator_ReloadsThePage_TheDraftKeepsTheChangedForm()
    {
        var page = await fixture.SignedInPageAsync();
        await page.Locator("#tab-forms").ClickAsync();
        await CreateFormAsync(page, "designer-draft-form");
        await page.Locator("#form-palette .fjs-palette-field[data-field-type='textfield']").PressAsync("Enter");
        await page.WaitForFunctionAsync("() => (localStorage.getItem('laichau.designer.draft') ?? '').includes('designer-draft-form')");

        await page.ReloadAsync();
        await page.Locator("#open-draft").ClickAsync();
        await page.Locator("#tab-forms").ClickAsync();
        await page.Locator("#forms button[data-form-id='designer-draft-form']").ClickAsync();

        await Assertions.Expect(page.Locator("#form-canvas .fjs-form-field-textfield")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#forms button[data-form-id='designer-draft-form']")).ToContainTextAsync("mới, chưa xuất bản");
    }

    [Fact]
    public async Task CamundasLinter_FindsAServiceTaskWithoutJobType_BesideOurOwnRule()
    {
        var page = await fixture.SignedInPageAsync();

        await page.Locator("#import").SetInputFilesAsync(new FilePayload
        {
            Name = "camunda.bpmn",
            MimeType = "application/xml",
            Buffer = Encoding.UTF8.GetBytes(Diagrams.ForCamunda(Diagrams.ServiceTask("Designer_CamundaLint", "Không có loại", jobType: null))),
        });

        await Assertions.Expect(page.Locator("#lint li[data-source='camunda'][data-element-id='Task_1'][data-category='error']"))
            .ToHaveTextAsync("[Task_1] Camunda: “Công việc dịch vụ” phải có “Loại công việc (job type)”.");
        await Assertions.Expect(page.Locator("#lint li[data-source='laichau'][data-element-id='Task_1'][data-category='error']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".lc-lint-badge.lc-lint-error[data-element-id='Task_1']")).ToBeVisibleAsync();
    }

    private static async Task CreateFormAsync(IPage page, string formId)
    {
        await page.Locator("#new-form-id").FillAsync(formId);
        await page.Locator("#create-form").ClickAsync();
    }

    /// <summary>Opens a group of the form's properties panel (closed ones only: a click on an open one closes it).</summary>
    private static async Task OpenFormGroupAsync(IPage page, string label)
    {
        var header = page.Locator("#form-properties .bio-properties-panel-group-header", new() { HasText = label });
        if (!(await header.GetAttributeAsync("class") ?? "").Contains("open", StringComparison.Ordinal))
        {
            await header.ClickAsync();
        }
    }

    /// <summary>
    /// The label is a one-line template editor whose changes reach the schema after a pause: the test waits until the
    /// canvas shows the new label (the schema has it), typing again once if keys typed before the editor had the focus
    /// went nowhere on a busy machine.
    /// </summary>
    private static async Task TypeLabelAsync(IPage page, string label)
    {
        var editor = page.Locator("#bio-properties-panel-label");
        var field = page.Locator("#form-canvas .fjs-form-field-filepicker").Last;
        for (var attempt = 1; ; attempt++)
        {
            await editor.ClickAsync();
            await page.Keyboard.PressAsync("Control+A");
            await page.Keyboard.TypeAsync(label);
            try
            {
                await Assertions.Expect(field).ToContainTextAsync(label, new() { Timeout = attempt == 1 ? 5_000 : 20_000 });
                return;
            }
            catch (PlaywrightException) when (attempt == 1)
            {
            }
        }
    }
}
