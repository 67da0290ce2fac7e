using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LaiChau.Designer.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LaiChau.Designer.Tests;

/// <summary>Issue 9 point 5: a published version shows where its running instances wait, and how many are overdue.</summary>
[Collection(DesignerCollection.Name)]
public sealed class StatisticsOverlayTests(DesignerFixture fixture)
{
    [Fact]
    public async Task Statistics_TwoInstancesAtAnOverdueUserTask_AreCountedAtThatElement()
    {
        const string key = "Designer_Statistics_Api";
        using var api = fixture.Host.CreateApiClient(DesignerHost.AdminKey);
        await DeployAndStartAsync(api, key, instances: 2);

        var statistics = await api.GetFromJsonAsync<JsonElement[]>($"/api/v1/designer/definitions/{key}/versions/1/statistics");

        // The start event is listed too (it completed, in no time); the waits are at the task.
        var task = Assert.Single(statistics!, s => s.GetProperty("waiting").GetInt32() > 0);
        Assert.Equal("Task_1", task.GetProperty("elementId").GetString());
        Assert.Equal((2, 2, 0), (task.GetProperty("waiting").GetInt32(), task.GetProperty("overdue").GetInt32(), task.GetProperty("incidents").GetInt32()));
        Assert.Equal(2, task.GetProperty("instanceIds").GetArrayLength());
    }

    [Fact]
    public async Task Administrator_OpensAVersionWithRunningInstances_SeesTheCountOnTheElement()
    {
        const string key = "Designer_Statistics_Overlay";
        using var api = fixture.Host.CreateApiClient(DesignerHost.AdminKey);
        await DeployAndStartAsync(api, key, instances: 3);
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DesignerHost.AdminKey);

        var version = page.Locator($"button[data-key='{key}'][data-version='1']");
        await Assertions.Expect(version).ToContainTextAsync("3 đang chạy");
        await version.ClickAsync();

        var badge = page.Locator(".lc-stats-badge[data-element-id='Task_1']");
        await Assertions.Expect(badge).ToContainTextAsync("3 đang chờ");
        await Assertions.Expect(badge).ToContainTextAsync("3 quá hạn");

        // The instances behind the number, then one instance's path: start and first flow taken, token at the task.
        await badge.ClickAsync();
        await Assertions.Expect(page.Locator("#instances button[data-instance-id]")).ToHaveCountAsync(3);
        await page.Locator("#instances button[data-instance-id]").First.ClickAsync();
        await Assertions.Expect(page.Locator("g.djs-element.lc-path-active[data-element-id='Task_1']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("g.djs-element.lc-path-done[data-element-id='Start']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("g.djs-element.lc-path-done[data-element-id='Flow_1']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("(phiên bản 1, active): đang ở Task_1");
        await page.Locator("#new").ClickAsync();
        await Assertions.Expect(page.Locator(".lc-stats-badge")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Administrator_OpensAVersionWhoseTaskWasDoneInADayAndAHalf_SeesTheAverageOnTheBadge()
    {
        const string key = "Designer_Statistics_Average";
        using var api = fixture.Host.CreateApiClient(DesignerHost.AdminKey);
        await DeployAndStartAsync(api, key, instances: 2);
        var done = (await api.GetFromJsonAsync<JsonElement>("/api/v1/instances?definitionKey=" + key)).GetProperty("items")[0].GetProperty("id").GetString();
        using var moved = await api.PostAsJsonAsync("/api/v1/testing/clock", new { advance = "P1DT12H" });
        moved.EnsureSuccessStatusCode();
        var task = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/tasks?instanceId={done}")).GetProperty("items")[0].GetProperty("id").GetString();
        using var completed = await api.PostAsJsonAsync($"/api/v1/tasks/{task}/complete", new { variables = new { } });
        completed.EnsureSuccessStatusCode();

        var statistics = await api.GetFromJsonAsync<JsonElement[]>($"/api/v1/designer/definitions/{key}/versions/1/statistics");
        var numbers = Assert.Single(statistics!, s => s.GetProperty("elementId").GetString() == "Task_1");
        Assert.Equal((1, 1), (numbers.GetProperty("waiting").GetInt32(), numbers.GetProperty("completed").GetInt32()));
        // The controlled clock is real time plus the offset: a few seconds of the test itself count too.
        Assert.InRange(numbers.GetProperty("averageSeconds").GetDouble(), TimeSpan.FromDays(1.5).TotalSeconds, TimeSpan.FromDays(1.5).TotalSeconds + 60);

        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DesignerHost.AdminKey);
        await page.Locator($"button[data-key='{key}'][data-version='1']").ClickAsync();
        await Assertions.Expect(page.Locator(".lc-stats-badge[data-element-id='Task_1']")).ToHaveTextAsync("1 đang chờ · 1 quá hạn · TB 1,5 ngày");
        // The start event passed in no time: no badge for it.
        await Assertions.Expect(page.Locator(".lc-stats-badge[data-element-id='Start']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Administrator_ClicksANumberAbove20_ShowsTheRestWithXemThem()
    {
        const string key = "Designer_Statistics_More";
        using var api = fixture.Host.CreateApiClient(DesignerHost.AdminKey);
        await DeployAndStartAsync(api, key, instances: 23);
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DesignerHost.AdminKey);
        await page.Locator($"button[data-key='{key}'][data-version='1']").ClickAsync();

        await page.Locator(".lc-stats-badge[data-element-id='Task_1']").ClickAsync();
        var instances = page.Locator("#instances button[data-instance-id]");
        await Assertions.Expect(instances).ToHaveCountAsync(20);
        await page.Locator("#more-instances").ClickAsync();

        await Assertions.Expect(instances).ToHaveCountAsync(23);
        await Assertions.Expect(page.Locator("#more-instances")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#instances")).ToContainTextAsync("(23/23)");
        var ids = await instances.EvaluateAllAsync<string[]>("buttons => buttons.map(b => b.dataset.instanceId)");
        Assert.Equal(23, ids.Distinct().Count());
    }

    [Fact]
    public async Task DesignerList_CountsRunningInstancesPerVersion()
    {
        const string key = "Designer_Statistics_List";
        using var api = fixture.Host.CreateApiClient(DesignerHost.AdminKey);
        await DeployAndStartAsync(api, key, instances: 2);

        var list = await api.GetFromJsonAsync<JsonElement[]>("/api/v1/designer/definitions");

        var version = Assert.Single(list!, d => d.GetProperty("key").GetString() == key);
        Assert.Equal(2, version.GetProperty("activeInstances").GetInt32());
        Assert.False(string.IsNullOrEmpty(version.GetProperty("deployedBy").GetString()));
    }

    [Fact]
    public async Task Administrator_OpensAnInstanceWithAnIncident_RetryIsSentAndARefusalShown()
    {
        const string key = "Designer_Incident";
        using var api = fixture.Host.CreateApiClient(DesignerHost.AdminKey);
        // A job type no handler of the host takes: the instance stops at the task with an incident.
        using var deployed = await api.PostAsync("/api/v1/definitions", new StringContent(
            Diagrams.ServiceTask(key, "Không ai làm", jobType: "designer-test-nobody"), Encoding.UTF8, "application/xml"));
        deployed.EnsureSuccessStatusCode();
        using var started = await api.PostAsJsonAsync("/api/v1/instances", new { definitionKey = key });
        var instanceId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DesignerHost.AdminKey);
        await page.Locator($"button[data-key='{key}'][data-version='1']").ClickAsync();

        var badge = page.Locator(".lc-stats-badge[data-element-id='Task_1']");
        await Assertions.Expect(badge).ToContainTextAsync("1 sự cố");
        await badge.ClickAsync();
        await page.Locator($"#instances button[data-instance-id='{instanceId}']").ClickAsync();
        var incident = page.Locator("#incidents li[data-element-id='Task_1']");
        await Assertions.Expect(incident).ToHaveCountAsync(1);
        await incident.GetByRole(AriaRole.Button, new() { Name = "Thử lại" }).ClickAsync();

        // The engine refuses the retry while nobody handles the type (409), and the designer says why.
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("409");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("designer-test-nobody");
        var open = await api.GetFromJsonAsync<JsonElement[]>($"/api/v1/incidents?instanceId={instanceId}");
        Assert.Single(open!);
    }

    [Fact]
    public async Task Administrator_MigratesAWaitingInstanceToTheLatestVersion_AfterADryRun()
    {
        const string key = "Designer_Migration";
        using var api = fixture.Host.CreateApiClient(DesignerHost.AdminKey);
        await DeployAndStartAsync(api, key, instances: 1);
        using var v2 = await api.PostAsync("/api/v1/definitions", new StringContent(
            Diagrams.UserTask(key, "2030-01-01T00:00:00Z"), Encoding.UTF8, "application/xml"));
        v2.EnsureSuccessStatusCode();
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DesignerHost.AdminKey);
        await page.Locator($"button[data-key='{key}'][data-version='1']").ClickAsync();
        await page.Locator(".lc-stats-badge[data-element-id='Task_1']").ClickAsync();
        var instance = page.Locator("#instances button[data-instance-id]").First;
        var instanceId = await instance.GetAttributeAsync("data-instance-id");
        await instance.ClickAsync();

        await Assertions.Expect(page.Locator("#migrate")).ToBeDisabledAsync();
        await page.Locator("#migrate-dry-run").ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Có thể chuyển sang phiên bản 2");
        await page.Locator("#migrate").ClickAsync();

        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Đã chuyển hồ sơ sang phiên bản 2");
        var moved = await api.GetFromJsonAsync<JsonElement>($"/api/v1/instances/{instanceId}");
        Assert.Equal(2, moved.GetProperty("version").GetInt32());
    }

    private static async Task DeployAndStartAsync(HttpClient api, string key, int instances)
    {
        using var deployed = await api.PostAsync("/api/v1/definitions",
            new StringContent(Diagrams.UserTask(key, "2020-01-01T00:00:00Z"), Encoding.UTF8, "application/xml"));
        deployed.EnsureSuccessStatusCode();
        for (var i = 0; i < instances; i++)
        {
            using var started = await api.PostAsJsonAsync("/api/v1/instances", new { definitionKey = key });
            started.EnsureSuccessStatusCode();
        }
    }
}
