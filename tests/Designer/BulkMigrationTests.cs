using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LaiChau.Designer.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LaiChau.Designer.Tests;

/// <summary>Issue 9 point 4: every running instance of an older version moves to the latest, after a dry run over all.</summary>
[Collection(DesignerCollection.Name)]
public sealed class BulkMigrationTests(DesignerFixture fixture)
{
    [Fact]
    public async Task Administrator_MovesEveryInstanceOfVersionOne_AfterADryRun()
    {
        const string key = "Designer_BulkMigration";
        using var api = fixture.Host.CreateApiClient(DesignerHost.AdminKey);
        await DeployAsync(api, Diagrams.UserTask(key, "2030-01-01T00:00:00Z"));
        await StartAsync(api, key, 2);
        await DeployAsync(api, Diagrams.UserTask(key, "2031-01-01T00:00:00Z"));
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DesignerHost.AdminKey);
        await page.Locator($"button[data-key='{key}'][data-version='1']").ClickAsync();

        await Assertions.Expect(page.Locator("#migrate-all")).ToBeDisabledAsync();
        await page.Locator("#migrate-all-dry-run").ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Có thể chuyển cả 2 hồ sơ sang phiên bản 2");
        await page.Locator("#migrate-all").ClickAsync();

        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Đã chuyển 2 hồ sơ sang phiên bản 2");
        await Assertions.Expect(page.Locator($"button[data-key='{key}'][data-version='1']")).ToHaveAttributeAsync("data-active-instances", "0");
        await Assertions.Expect(page.Locator($"button[data-key='{key}'][data-version='2']")).ToHaveAttributeAsync("data-active-instances", "2");
    }

    [Fact]
    public async Task Administrator_DryRunWithRefusedInstances_SeesEachAndCannotMigrate()
    {
        const string key = "Designer_BulkMigration_Refused";
        using var api = fixture.Host.CreateApiClient(DesignerHost.AdminKey);
        await DeployAsync(api, Diagrams.UserTask(key, "2030-01-01T00:00:00Z"));
        var ids = await StartAsync(api, key, 2);
        // Version 2 renamed the task: the waiting tokens at Task_1 have no element of that id to go to.
        await DeployAsync(api, Diagrams.UserTask(key, "2030-01-01T00:00:00Z").Replace("Task_1", "Task_2", StringComparison.Ordinal));
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DesignerHost.AdminKey);
        await page.Locator($"button[data-key='{key}'][data-version='1']").ClickAsync();

        await page.Locator("#migrate-all-dry-run").ClickAsync();

        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("2/2 hồ sơ không chuyển được");
        foreach (var id in ids)
        {
            await Assertions.Expect(page.Locator($"[data-testid='migration-refusals'] li[data-instance-id='{id}']")).ToContainTextAsync("Task_1");
        }

        await Assertions.Expect(page.Locator("#migrate-all")).ToBeDisabledAsync();
        // The API is a dry run unless told otherwise, and refuses the whole move while any instance is refused.
        using var moved = await api.PostAsync($"/api/v1/designer/definitions/{key}/versions/1/migrate?dryRun=false", null);
        var result = await moved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((0, 2), (result.GetProperty("migrated").GetInt32(), result.GetProperty("refused").GetArrayLength()));
        using var unspecified = await api.PostAsync($"/api/v1/designer/definitions/{key}/versions/1/migrate", null);
        Assert.True((await unspecified.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("dryRun").GetBoolean());
    }

    private static async Task DeployAsync(HttpClient api, string xml)
    {
        using var response = await api.PostAsync("/api/v1/definitions", new StringContent(xml, Encoding.UTF8, "application/xml"));
        response.EnsureSuccessStatusCode();
    }

    private static async Task<List<string>> StartAsync(HttpClient api, string key, int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            using var started = await api.PostAsJsonAsync("/api/v1/instances", new { definitionKey = key });
            ids.Add((await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        }

        return ids;
    }
}
