using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Host.Data;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Feel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Workflows;

/// <summary>
/// Issue 16 point 5, ADR 0021: through <c>/api/v1/jobs</c>, job types handled inside the host can be neither fetched
/// nor reported by anyone (the attack of 2026-12-07 completed a <c>notice</c> job, so its receipt was never sent), and
/// an external type needs an administrator's key or an integration key scoped to it.
/// </summary>
public abstract class JobScopeTests : ProviderTestBase
{
    [Fact]
    public async Task HostJobTypes_AreNeitherFetchedNorReportedThroughTheApi_EvenByAnAdministrator()
    {
        var host = Host();
        var engine = host.Services.GetRequiredService<WorkflowEngine>();
        await StartAsync(engine, "notice");
        var job = await JobAsync(host, "notice");
        using var admin = host.CreateClient(HostFactory.AdminKey);
        using var integration = host.CreateClient(await KeyAsync(admin, "Integration", "gis-lookup"));

        foreach (var client in new[] { admin, integration })
        {
            await RefusedAsync(client.PostAsJsonAsync("/api/v1/jobs/activate", new { type = "notice", worker = "attacker" }), "notice");
            await RefusedAsync(client.PostAsJsonAsync($"/api/v1/jobs/{job.Id}/complete", new { leaseToken = Guid.NewGuid(), variables = new { } }), "notice");
            await RefusedAsync(client.PostAsJsonAsync($"/api/v1/jobs/{job.Id}/fail", new { leaseToken = Guid.NewGuid(), retries = 0 }), "notice");
            await RefusedAsync(client.PostAsJsonAsync($"/api/v1/jobs/{job.Id}/error", new { leaseToken = Guid.NewGuid(), code = "x" }), "notice");
        }

        var after = await JobAsync(host, "notice");
        Assert.Equal((job.Retries, null), (after.Retries, after.Worker)); // never locked, never failed
    }

    [Fact]
    public async Task ExternalJobTypes_AreWorkedByAdministratorsAndByIntegrationKeysScopedToThem()
    {
        var host = Host();
        var engine = host.Services.GetRequiredService<WorkflowEngine>();
        await StartAsync(engine, "gis-lookup");
        await StartAsync(engine, "sms-send");
        using var admin = host.CreateClient(HostFactory.AdminKey);
        using var scoped = host.CreateClient(await KeyAsync(admin, "Integration", "gis-lookup"));
        using var unscoped = host.CreateClient(await KeyAsync(admin, "Integration"));
        using var staff = host.CreateClient(await KeyAsync(admin, "Staff"));

        await RefusedAsync(unscoped.PostAsJsonAsync("/api/v1/jobs/activate", new { type = "gis-lookup", worker = "w" }), "gis-lookup");
        await RefusedAsync(scoped.PostAsJsonAsync("/api/v1/jobs/activate", new { type = "sms-send", worker = "w" }), "sms-send");
        await ProblemAssert.IsProblemAsync(await staff.PostAsJsonAsync("/api/v1/jobs/activate", new { type = "gis-lookup", worker = "w" }), HttpStatusCode.Forbidden);
        var lookup = await ActivateAsync(scoped, "gis-lookup");
        await RefusedAsync(unscoped.PostAsJsonAsync($"/api/v1/jobs/{lookup.Id}/complete", new { leaseToken = lookup.Lease, variables = new { } }), "gis-lookup");
        var sms = await ActivateAsync(admin, "sms-send");

        var completed = await scoped.PostAsJsonAsync($"/api/v1/jobs/{lookup.Id}/complete", new { leaseToken = lookup.Lease, variables = new { commune = "03388" } });
        var failed = await admin.PostAsJsonAsync($"/api/v1/jobs/{sms.Id}/fail", new { leaseToken = sms.Lease, retries = 1, backoff = "PT1M" });

        Assert.Equal(HttpStatusCode.NoContent, completed.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, failed.StatusCode);
    }

    [Fact]
    public async Task CreateApiKey_ScopesOnlyIntegrationKeys_ToExternalTypes()
    {
        using var admin = Host().CreateClient(HostFactory.AdminKey);

        var hostType = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "a", role = "Integration", jobTypes = new[] { "notice" } });
        var typo = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "b", role = "Integration", jobTypes = new[] { "gis-lokup" } });
        var administrator = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "c", role = "Administrator", jobTypes = new[] { "gis-lookup" } });
        var created = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "gis worker", role = "Integration", jobTypes = new[] { "gis-lookup" } });

        foreach (var refused in new[] { hostType, typo, administrator })
        {
            var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("jobTypes", out _), problem.ToString());
        }

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        using var worker = LastHost.CreateClient(key);
        var current = await worker.GetFromJsonAsync<JsonElement>("/api/v1/api-keys/current");
        Assert.Equal(["gis-lookup"], current.GetProperty("jobTypes").EnumerateArray().Select(t => t.GetString()));
        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/v1/api-keys");
        Assert.Contains(listed.EnumerateArray(), k => k.GetProperty("name").GetString() == "gis worker" && k.GetProperty("jobTypes").GetArrayLength() == 1);
    }

    /// <summary>Workers off, so that the host's own job types wait in the table as an attacker would find them.</summary>
    private HostFactory Host() => NewHost()
        .With("Workflows:Workers:Enabled", "false")
        .With("Workflows:Workers:ExternalTypes:0", "gis-lookup")
        .With("Workflows:Workers:ExternalTypes:1", "sms-send");

    private static async Task StartAsync(WorkflowEngine engine, string type)
    {
        var id = "p-" + type;
        await engine.DeployAsync(Processes.File(id, $"""
            <bpmn:startEvent id="start" />
            <bpmn:serviceTask id="work"><bpmn:extensionElements><zeebe:taskDefinition type="{type}" retries="3" /></bpmn:extensionElements></bpmn:serviceTask>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="work" />
            <bpmn:sequenceFlow id="f2" sourceRef="work" targetRef="end" />
            """), "test");
        await engine.StartAsync(new StartInstance(id, null, null, new Dictionary<string, FeelValue>()));
    }

    private static async Task<JobRow> JobAsync(HostFactory host, string type)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<JobRow>().AsNoTracking().SingleAsync(j => j.Type == type);
    }

    private static async Task<(Guid Id, Guid Lease)> ActivateAsync(HttpClient client, string type)
    {
        var response = await client.PostAsJsonAsync("/api/v1/jobs/activate", new { type, worker = "w" });
        var job = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
        return (job.GetProperty("id").GetGuid(), job.GetProperty("leaseToken").GetGuid());
    }

    private static async Task<string> KeyAsync(HttpClient admin, string role, params string[] jobTypes)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = $"{role} {string.Join(",", jobTypes)}", role, jobTypes });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    private static async Task RefusedAsync(Task<HttpResponseMessage> call, string type)
    {
        var problem = await ProblemAssert.IsProblemAsync(await call, HttpStatusCode.Forbidden);
        Assert.Equal(type, problem.GetProperty("jobType").GetString());
    }
}

public sealed class SqliteJobScopeTests : JobScopeTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresJobScopeTests : JobScopeTests
{
    public PostgresJobScopeTests(PostgresDatabase database) => Postgres = database;
}
