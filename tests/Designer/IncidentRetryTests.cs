using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LaiChau.Designer.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LaiChau.Designer.Tests;

/// <summary>Issue 9 point 5: an incident retried from the designer after its cause was fixed, and the instance goes on.</summary>
[Collection(DesignerCollection.Name)]
public sealed class IncidentRetryTests(DesignerFixture fixture)
{
    [Fact]
    public async Task Administrator_RetriesAnIncidentAfterTheFix_TheInstanceCompletes()
    {
        const string key = "Designer_Retry_Succeeds";
        using var api = fixture.Host.CreateApiClient(DesignerHost.AdminKey);
        var diagram = Diagrams.ServiceTask(key, "Gửi khi đủ dữ liệu", jobType: FixableTestHandler.JobType)
            .Replace($"type=\"{FixableTestHandler.JobType}\"", $"type=\"{FixableTestHandler.JobType}\" retries=\"1\"", StringComparison.Ordinal);
        using var deployed = await api.PostAsync("/api/v1/definitions", new StringContent(diagram, Encoding.UTF8, "application/xml"));
        deployed.EnsureSuccessStatusCode();
        using var started = await api.PostAsJsonAsync("/api/v1/instances", new { definitionKey = key });
        var instanceId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await IdleAsync(api); // the worker ran the job once: it failed with no retries left, so an incident is open
        Assert.Single((await api.GetFromJsonAsync<JsonElement[]>($"/api/v1/incidents?instanceId={instanceId}"))!);
        using var fixedIt = await api.PostAsJsonAsync($"/api/v1/instances/{instanceId}/variables", new { variables = new { @fixed = true } });
        fixedIt.EnsureSuccessStatusCode();

        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DesignerHost.AdminKey);
        await page.Locator($"button[data-key='{key}'][data-version='1']").ClickAsync();
        var badge = page.Locator(".lc-stats-badge[data-element-id='Task_1']");
        await Assertions.Expect(badge).ToContainTextAsync("1 sự cố");
        await badge.ClickAsync();
        var instance = page.Locator($"#instances button[data-instance-id='{instanceId}']");
        await instance.ClickAsync();
        await page.Locator("#incidents li[data-element-id='Task_1']").GetByRole(AriaRole.Button, new() { Name = "Thử lại" }).ClickAsync();

        // The retry is accepted: the incident is gone from the list, and once the worker ran the job the instance is done.
        await Assertions.Expect(page.Locator("#incidents li")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#status")).Not.ToHaveAttributeAsync("data-kind", "error");
        await IdleAsync(api);
        await instance.ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("(phiên bản 1, completed)");
        await Assertions.Expect(page.Locator("g.djs-element.lc-path-done[data-element-id='Task_1']")).ToHaveCountAsync(1);
        Assert.Empty((await api.GetFromJsonAsync<JsonElement[]>($"/api/v1/incidents?instanceId={instanceId}"))!);
    }

    private static async Task IdleAsync(HttpClient api)
    {
        using var idle = await api.PostAsync("/api/v1/testing/idle", null);
        idle.EnsureSuccessStatusCode();
    }
}
