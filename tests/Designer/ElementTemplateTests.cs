using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Designer.Tests.Infrastructure;

namespace LaiChau.Designer.Tests;

/// <summary>Issue 9 point 2: element templates generated from the job handlers the host registers.</summary>
[Collection(DesignerCollection.Name)]
public sealed class ElementTemplateTests(DesignerFixture fixture)
{
    [Fact]
    public async Task ElementTemplates_DescribedHandler_FixesTheJobTypeAndOffersItsInputsAndHeaders()
    {
        using var api = fixture.Host.CreateApiClient(DesignerHost.AdminKey);

        var templates = await api.GetFromJsonAsync<JsonElement[]>("/api/v1/designer/element-templates");

        var notify = Assert.Single(templates!, t => t.GetProperty("id").GetString() == $"laichau.{NotifyCitizenTestHandler.JobType}");
        Assert.Equal(NotifyCitizenTestHandler.Name, notify.GetProperty("name").GetString());
        Assert.Equal("bpmn:ServiceTask", notify.GetProperty("elementType").GetProperty("value").GetString());
        var properties = notify.GetProperty("properties").EnumerateArray().ToList();
        var type = Assert.Single(properties, p => p.GetProperty("binding").GetProperty("type").GetString() == "zeebe:taskDefinition");
        Assert.Equal(("Hidden", NotifyCitizenTestHandler.JobType), (type.GetProperty("type").GetString(), type.GetProperty("value").GetString()));
        var input = Assert.Single(properties, p => p.GetProperty("binding").GetProperty("type").GetString() == "zeebe:input");
        Assert.Equal("reportId", input.GetProperty("binding").GetProperty("name").GetString());
        Assert.Equal("=report.id", input.GetProperty("value").GetString());
        Assert.True(input.GetProperty("constraints").GetProperty("notEmpty").GetBoolean());
        var header = Assert.Single(properties, p => p.GetProperty("binding").GetProperty("type").GetString() == "zeebe:taskHeader");
        Assert.Equal("Dropdown", header.GetProperty("type").GetString());
        Assert.Equal(["email", "sms"], header.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()));
    }

    [Fact]
    public async Task ElementTemplates_TheFieldReportHandlers_AreOfferedByTheirVietnameseNames()
    {
        using var api = fixture.Host.CreateApiClient(DesignerHost.AdminKey);

        var templates = await api.GetFromJsonAsync<JsonElement[]>("/api/v1/designer/element-templates");

        var notice = Assert.Single(templates!, t => t.GetProperty("id").GetString() == "laichau.notice");
        Assert.Equal("Gửi thông báo cho công dân", notice.GetProperty("name").GetString());
        var kind = Assert.Single(notice.GetProperty("properties").EnumerateArray(), p => p.GetProperty("binding").GetProperty("type").GetString() == "zeebe:taskHeader");
        Assert.Contains("still-handling", kind.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()));
        Assert.Contains(templates!, t => t.GetProperty("name").GetString() == "Cập nhật trạng thái phản ánh");
        Assert.Contains(templates!, t => t.GetProperty("name").GetString() == "Cảnh báo cho Trung tâm giám sát");
    }

    [Fact]
    public async Task ElementTemplates_HandlerWithoutDescription_IsNamedByItsJobType()
    {
        using var api = fixture.Host.CreateApiClient(DesignerHost.AdminKey);

        var templates = await api.GetFromJsonAsync<JsonElement[]>("/api/v1/designer/element-templates");

        var plain = Assert.Single(templates!, t => t.GetProperty("id").GetString() == $"laichau.{PlainTestHandler.JobType}");
        Assert.Equal(PlainTestHandler.JobType, plain.GetProperty("name").GetString());
    }

    [Fact]
    public async Task ElementTemplates_IntegrationKey_IsForbidden()
    {
        using var admin = fixture.Host.CreateApiClient(DesignerHost.AdminKey);
        using var created = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = $"templates-{Guid.NewGuid():N}", role = "Integration" });
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString();
        using var integration = fixture.Host.CreateApiClient(key);

        using var response = await integration.GetAsync("/api/v1/designer/element-templates");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Administrator_AppliesAHandlerTemplateToATask_PublishesItsJobType()
    {
        const string key = "Designer_Template";
        using var api = fixture.Host.CreateApiClient(DesignerHost.AdminKey);
        using var deployed = await api.PostAsync("/api/v1/definitions", new StringContent(
            Diagrams.ServiceTask(key, "Báo kết quả"), System.Text.Encoding.UTF8, "application/xml"));
        deployed.EnsureSuccessStatusCode();
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DesignerHost.AdminKey);

        await page.Locator($"button[data-key='{key}'][data-version='1']").ClickAsync();
        await page.Locator("g.djs-element[data-element-id='Task_1']").ClickAsync();
        await page.Locator(".bio-properties-panel-select-template-button").ClickAsync();
        await page.GetByText(NotifyCitizenTestHandler.Name).First.ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(page.Locator(".bio-properties-panel-header-type")).ToContainTextAsync(NotifyCitizenTestHandler.Name);
        await page.Locator("#publish").ClickAsync();

        await Microsoft.Playwright.Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Đã xuất bản phiên bản 2");
        var published = await api.GetFromJsonAsync<JsonElement>($"/api/v1/definitions/{key}/versions/2");
        var xml = published.GetProperty("xml").GetString()!;
        Assert.Contains($"type=\"{NotifyCitizenTestHandler.JobType}\"", xml, StringComparison.Ordinal);
        Assert.Contains("target=\"reportId\"", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_AppliesTheWorkingDayTemplateToATimer_PublishesTheCalendarProperty()
    {
        const string key = "Designer_WorkingDays";
        using var api = fixture.Host.CreateApiClient(DesignerHost.AdminKey);
        using var deployed = await api.PostAsync("/api/v1/definitions", new StringContent(
            Diagrams.Timer(key), System.Text.Encoding.UTF8, "application/xml"));
        deployed.EnsureSuccessStatusCode();
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DesignerHost.AdminKey);

        await page.Locator($"button[data-key='{key}'][data-version='1']").ClickAsync();
        await page.Locator("g.djs-element[data-element-id='Task_1']").ClickAsync();
        await page.Locator(".bio-properties-panel-select-template-button").ClickAsync();
        await page.GetByText("Chờ theo ngày làm việc").First.ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(page.Locator(".bio-properties-panel-header-type")).ToContainTextAsync("Chờ theo ngày làm việc");
        await page.Locator("#publish").ClickAsync();

        await Microsoft.Playwright.Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Đã xuất bản phiên bản 2");
        var xml = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/definitions/{key}/versions/2")).GetProperty("xml").GetString()!;
        var timer = xml[xml.IndexOf("<bpmn:intermediateCatchEvent", StringComparison.Ordinal)..xml.IndexOf("</bpmn:intermediateCatchEvent>", StringComparison.Ordinal)];
        Assert.Contains("name=\"calendar\" value=\"working-days\"", timer, StringComparison.Ordinal);
        // The duration already drawn is kept; the template only adds how it is counted.
        Assert.Contains(">PT1H<", timer, StringComparison.Ordinal);
    }
}
