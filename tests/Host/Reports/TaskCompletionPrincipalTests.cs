using System.Net;
using System.Net.Http.Json;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using static LaiChau.Host.Tests.Reports.ReportSteps;

namespace LaiChau.Host.Tests.Reports;

/// <summary>
/// Issue 16 point 5, first bullet, through the API: a user task is completed only by its assignee, a member of a
/// candidate group, or an administrator — and only with its form's fields (the attacker's verify of 2026-12-07).
/// </summary>
public abstract class TaskCompletionPrincipalTests : ProviderTestBase
{
    [Fact]
    public async Task R7_2_Verify_is_completed_by_the_lead_agency_or_an_administrator_never_by_another_agency_or_the_centre()
    {
        var world = await ReportWorld.StartAsync(NewHost());
        var code = await world.SubmitAsync();
        var verify = await TaskIdAsync(world, code, "verify");
        var url = $"/api/v1/tasks/{verify}/complete";
        var accept = new { variables = new { outcome = "accept" } };

        var otherAgency = await world.As("minh.do").PostAsJsonAsync(url, accept);
        var centre = await world.As("soc.officer").PostAsJsonAsync(url, accept);
        var outsider = await world.As("outsider").PostAsJsonAsync(url, accept);
        var integration = await world.Integration.PostAsJsonAsync(url, accept);

        await ProblemAssert.IsProblemAsync(otherAgency, HttpStatusCode.NotFound); // a task one may not see does not exist
        await ProblemAssert.IsProblemAsync(centre, HttpStatusCode.Forbidden); // the centre sees every task, works only its own
        await ProblemAssert.IsProblemAsync(outsider, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(integration, HttpStatusCode.Forbidden); // machine keys do no staff work
        Assert.Equal(verify, await TaskIdAsync(world, code, "verify"));

        var admin = await world.Admin.PostAsJsonAsync(url, accept);
        await world.IdleAsync();

        Assert.Equal(HttpStatusCode.NoContent, admin.StatusCode);
        Assert.Equal(["direct"], (await world.TasksAsync("lan.le", code)).Select(t => t.GetProperty("elementId").GetString()));
    }

    [Fact]
    public async Task R7_3_An_officer_cannot_move_the_deadline_or_the_case_through_verify()
    {
        var world = await ReportWorld.StartAsync(NewHost());
        var code = await world.SubmitAsync();
        var before = await StaffViewAsync(world, code);

        var response = await world.CompleteAsync("an.nguyen", code, "verify",
            new { outcome = "accept", resolutionDue = "2030-12-31T17:00:00+07:00", leadAgency = "UBND-03390" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["leadAgency", "resolutionDue"], problem.GetProperty("unknownKeys").EnumerateArray().Select(k => k.GetString()).Order(StringComparer.Ordinal));
        Assert.True(problem.GetProperty("errors").TryGetProperty("resolutionDue", out _));
        var after = await StaffViewAsync(world, code);
        Assert.Equal(before.GetProperty("dueAt").GetDateTimeOffset(), after.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal("UBND-03388", after.GetProperty("leadAgency").GetString());
        Assert.Equal("verify", Assert.Single(await world.TasksAsync("an.nguyen", code)).GetProperty("elementId").GetString());
        Assert.Empty(await world.TasksAsync("hoa.vu", code));
    }
}

public sealed class SqliteTaskCompletionPrincipalTests : TaskCompletionPrincipalTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresTaskCompletionPrincipalTests : TaskCompletionPrincipalTests
{
    public PostgresTaskCompletionPrincipalTests(PostgresDatabase database) => Postgres = database;
}
