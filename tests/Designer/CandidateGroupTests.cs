using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LaiChau.Designer.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LaiChau.Designer.Tests;

/// <summary>Issue 9 point 2: a user task's candidate groups are offered from the agencies the host knows.</summary>
[Collection(DesignerCollection.Name)]
public sealed class CandidateGroupTests(DesignerFixture fixture)
{
    [Fact]
    public async Task CandidateGroups_ListEveryAgencysOfficersAndLeaders_InVietnamese()
    {
        using var api = fixture.Host.CreateApiClient(DesignerHost.AdminKey);

        var groups = await api.GetFromJsonAsync<JsonElement[]>("/api/v1/designer/candidate-groups");

        var officers = Assert.Single(groups!, g => g.GetProperty("value").GetString() == "agency:UBND-TINH");
        var leaders = Assert.Single(groups!, g => g.GetProperty("value").GetString() == "leaders:UBND-TINH");
        Assert.StartsWith("Cán bộ — ", officers.GetProperty("label").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Lãnh đạo — ", leaders.GetProperty("label").GetString(), StringComparison.Ordinal);
        Assert.Contains(groups!, g => g.GetProperty("value").GetString() == "agency:SOC-IOC");
    }

    [Fact]
    public async Task CandidateGroups_IntegrationKey_IsForbidden()
    {
        using var admin = fixture.Host.CreateApiClient(DesignerHost.AdminKey);
        using var created = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = $"groups-{Guid.NewGuid():N}", role = "Integration" });
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString();
        using var integration = fixture.Host.CreateApiClient(key);

        using var response = await integration.GetAsync("/api/v1/designer/candidate-groups");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Administrator_PicksTwoOfferedGroups_TheyAreAddedToTheFieldAndPublished()
    {
        const string key = "Designer_CandidateGroups";
        using var api = fixture.Host.CreateApiClient(DesignerHost.AdminKey);
        using var deployed = await api.PostAsync("/api/v1/definitions",
            new StringContent(Diagrams.UserTask(key, "2030-01-01T00:00:00Z"), Encoding.UTF8, "application/xml"));
        deployed.EnsureSuccessStatusCode();
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DesignerHost.AdminKey);

        await page.Locator($"button[data-key='{key}'][data-version='1']").ClickAsync();
        await page.Locator("g.djs-element[data-element-id='Task_1']").ClickAsync();
        await page.Locator(".bio-properties-panel-group-header", new() { HasText = "Phân công" }).ClickAsync();
        var choice = page.Locator("#bio-properties-panel-lcCandidateGroupChoice");
        await choice.SelectOptionAsync("leaders:UBND-TINH");
        await choice.SelectOptionAsync("agency:SOC-IOC");

        // The Zeebe field itself stays free text: the choice only adds to it.
        var field = page.Locator("#bio-properties-panel-assignmentDefinitionCandidateGroups");
        await Assertions.Expect(field).ToHaveValueAsync("leaders:UBND-TINH,agency:SOC-IOC");
        await Assertions.Expect(choice).ToHaveValueAsync("");
        await page.Locator("#publish").ClickAsync();

        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Đã xuất bản phiên bản 2");
        var xml = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/definitions/{key}/versions/2")).GetProperty("xml").GetString()!;
        Assert.Contains("candidateGroups=\"leaders:UBND-TINH,agency:SOC-IOC\"", xml, StringComparison.Ordinal);
    }
}
