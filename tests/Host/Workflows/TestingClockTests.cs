using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Host.Testing;
using LaiChau.Workflows.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Workflows;

/// <summary>Issue 4 point 8: the controlled clock and "idle" for black-box tests (refused in Production: see StartupTests).</summary>
public sealed class TestingClockTests : ProviderTestBase
{
    [Fact]
    public async Task Clock_Advanced_MovesTheEnginesClock()
    {
        var host = NewHost().WithControlledClock();
        using var client = host.CreateClient(HostFactory.AdminKey);
        var engine = host.Services.GetRequiredService<WorkflowEngine>();
        var before = (await client.GetFromJsonAsync<JsonElement>("/api/v1/testing/clock")).GetProperty("now").GetDateTimeOffset();

        var moved = await client.PostAsJsonAsync("/api/v1/testing/clock", new { advance = "P3DT2H" });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var now = (await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("now").GetDateTimeOffset();
        Assert.InRange(now - before, TimeSpan.FromHours(74), TimeSpan.FromHours(74) + TimeSpan.FromMinutes(1));
        Assert.InRange(engine.Clock.GetUtcNow() - now, TimeSpan.Zero, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Clock_Set_ToAnInstant_AndNeverBack()
    {
        using var client = NewHost().WithControlledClock().CreateClient(HostFactory.AdminKey);
        var target = new DateTimeOffset(2031, 1, 2, 8, 0, 0, TimeSpan.FromHours(7));

        var set = await client.PostAsJsonAsync("/api/v1/testing/clock", new { set = target });
        var back = await client.PostAsJsonAsync("/api/v1/testing/clock", new { set = target.AddDays(-1) });

        Assert.Equal(target, (await set.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("now").GetDateTimeOffset());
        await ProblemAssert.IsProblemAsync(back, HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("""{ "advance": "P1M" }""")]
    [InlineData("""{ "advance": "-P1D" }""")]
    [InlineData("""{ "advance": "P" }""")]
    [InlineData("""{ }""")]
    [InlineData("""{ "advance": "P1D", "set": "2031-01-01T00:00:00Z" }""")]
    public async Task Clock_BadMove_Is400(string json)
    {
        using var client = NewHost().WithControlledClock().CreateClient(HostFactory.AdminKey);

        var response = await client.PostAsync("/api/v1/testing/clock", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Idle_WithNothingToRun_Is204()
    {
        using var client = NewHost().WithControlledClock().CreateClient(HostFactory.AdminKey);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/v1/testing/idle", null)).StatusCode);
    }

    [Fact]
    public async Task WithoutTheSetting_TheTestingApiDoesNotExist()
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/testing/clock")).StatusCode);
    }
}
