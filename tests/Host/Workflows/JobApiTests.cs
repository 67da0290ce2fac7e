using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Engine.Rows;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Workflows;

/// <summary>Issue 4 point 4 over HTTP: a worker outside the app fetches, locks and reports jobs with its lease token.</summary>
public abstract class JobApiTests : ProviderTestBase
{
    [Fact]
    public async Task ExternalWorker_FetchesCompletesAndFails_WithItsLeaseToken()
    {
        var host = NewHost().With("Workflows:Workers:ExternalTypes:0", "prepare");
        using var client = host.CreateClient(HostFactory.AdminKey);
        var engine = host.Services.GetRequiredService<WorkflowEngine>();
        await engine.DeployAsync(Processes.Intake(), "admin");
        var first = await engine.StartAsync(new StartInstance("intake", null, null, new Dictionary<string, LaiChau.Workflows.Feel.FeelValue>()));
        var second = await engine.StartAsync(new StartInstance("intake", null, null, new Dictionary<string, LaiChau.Workflows.Feel.FeelValue>()));

        var fetched = await client.PostAsJsonAsync("/api/v1/jobs/activate", new { type = "prepare", worker = "sms-gateway", maxJobs = 5, lease = "PT1M" });
        var jobs = (await fetched.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.Equal(2, jobs.Count);
        var one = jobs.Single(j => j.GetProperty("instanceId").GetGuid() == first);
        var two = jobs.Single(j => j.GetProperty("instanceId").GetGuid() == second);

        var wrongToken = await client.PostAsJsonAsync($"/api/v1/jobs/{one.GetProperty("id").GetGuid()}/complete", new { leaseToken = Guid.NewGuid() });
        var noToken = await client.PostAsJsonAsync($"/api/v1/jobs/{one.GetProperty("id").GetGuid()}/complete", new { variables = new { } });
        var done = await client.PostAsJsonAsync($"/api/v1/jobs/{one.GetProperty("id").GetGuid()}/complete", new
        {
            leaseToken = one.GetProperty("leaseToken").GetGuid(),
            variables = new { smsSent = true },
        });
        var failed = await client.PostAsJsonAsync($"/api/v1/jobs/{two.GetProperty("id").GetGuid()}/fail", new
        {
            leaseToken = two.GetProperty("leaseToken").GetGuid(),
            retries = 0,
            message = "gateway 503",
        });

        await ProblemAssert.IsProblemAsync(wrongToken, HttpStatusCode.Conflict);
        await ProblemAssert.IsProblemAsync(noToken, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, failed.StatusCode);
        Assert.Equal(["verify"], (await engine.Queries().GetInstanceAsync(first)).ActiveElementIds);
        Assert.Equal(IncidentKind.JobNoRetries, Assert.Single(await engine.Queries().FindIncidentsAsync(IncidentState.Open, second)).Kind);
    }

    [Theory]
    [InlineData("""{ "worker": "w" }""")]
    [InlineData("""{ "type": "prepare", "worker": "w", "maxJobs": 0 }""")]
    [InlineData("""{ "type": "prepare", "worker": "w", "lease": "forever" }""")]
    public async Task Activate_BadRequest_Is400(string json)
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);

        var response = await client.PostAsync("/api/v1/jobs/activate", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }
}

public sealed class SqliteJobApiTests : JobApiTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresJobApiTests : JobApiTests
{
    public PostgresJobApiTests(PostgresDatabase database) => Postgres = database;
}
