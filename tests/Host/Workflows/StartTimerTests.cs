using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Workflows;

/// <summary>Timer start events of a process: scheduled on deployment, each firing starts an instance, cycles repeat.</summary>
public abstract class StartTimerTests : ProviderTestBase
{
    protected static string Digest(string cycle, string name = "Tổng hợp") => Processes.File("digest", $"""
        <bpmn:startEvent id="hourly"><bpmn:timerEventDefinition><bpmn:timeCycle>{cycle}</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
        <bpmn:userTask id="review" name="{name}" />
        <bpmn:sequenceFlow id="f1" sourceRef="hourly" targetRef="review" />
        """);

    [Fact]
    public async Task CycleR2_StartsTwoInstances_AnHourApart_ThenStops()
    {
        var host = NewHost();
        var engine = host.Services.GetRequiredService<WorkflowEngine>();
        await engine.DeployAsync(Digest("R2/PT1H"), "admin");

        // Quartz may fire on its own as the clock moves; FireDueTimersAsync fires what it has not yet (once either way).
        host.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(0, await StartedAsync(engine));
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await StartedAsync(engine));
        host.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(2, await StartedAsync(engine));
        host.Clock.Advance(TimeSpan.FromHours(5));
        Assert.Equal(2, await StartedAsync(engine));

        var instances = (await engine.Queries().FindInstancesAsync(new InstanceQuery(DefinitionKey: "digest"))).Items;
        Assert.Equal(2, instances.Count);
        Assert.All(instances, i => Assert.Equal("active", i.State));
    }

    [Fact]
    public async Task NewVersion_ReplacesTheOldVersionsPendingStartTimer()
    {
        var host = NewHost();
        var engine = host.Services.GetRequiredService<WorkflowEngine>();
        await engine.DeployAsync(Digest("R/PT1H"), "admin");
        await engine.DeployAsync(Digest("R/PT1H", "Tổng hợp (v2)"), "admin");

        host.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await StartedAsync(engine));

        Assert.Equal(2, Assert.Single((await engine.Queries().FindInstancesAsync(new InstanceQuery(DefinitionKey: "digest"))).Items).Version);
    }

    [Fact]
    public async Task StartTimer_FiresThroughQuartz_WithoutAnyPoll()
    {
        var host = NewHost();
        var engine = host.Services.GetRequiredService<WorkflowEngine>();
        await engine.DeployAsync(Digest("R1/PT1H"), "admin");

        host.Clock.Advance(TimeSpan.FromHours(1));

        // Quartz fires on its own thread once the fake clock passes the instant: wait for that work, bounded.
        await TimerProbe.WaitForAsync(
            async () => (await engine.Queries().FindInstancesAsync(new InstanceQuery(DefinitionKey: "digest"))).Items.Count > 0, "the start timer's instance");
        Assert.Single((await engine.Queries().FindInstancesAsync(new InstanceQuery(DefinitionKey: "digest"))).Items);
    }

    protected static async Task<int> StartedAsync(WorkflowEngine engine)
    {
        await engine.Timers().FireDueTimersAsync();
        return (await engine.Queries().FindInstancesAsync(new InstanceQuery(DefinitionKey: "digest"))).Items.Count;
    }

    [Theory]
    [InlineData("every hour")] // refused by validation
    [InlineData("=noSuchVariable")] // valid FEEL, but null when the timer is planned
    public async Task BadTimerValue_RefusesTheDeployment_NamingTheStartEvent(string cycle)
    {
        var engine = NewHost().Services.GetRequiredService<WorkflowEngine>();

        var error = await Assert.ThrowsAsync<WorkflowInvalidException>(() => engine.DeployAsync(Digest(cycle), "admin"));

        Assert.Contains(error.Errors, e => e.ElementId == "hourly" || e.Message.Contains("'hourly'", StringComparison.Ordinal));
        Assert.Empty(Processes.Own(await engine.Queries().FindDefinitionsAsync()));
    }
}

public sealed class SqliteStartTimerTests : StartTimerTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresStartTimerTests : StartTimerTests
{
    public PostgresStartTimerTests(PostgresDatabase database) => Postgres = database;

    [Fact]
    public async Task TwoHostsFiringTheSameStartTimer_StartOneInstance()
    {
        var hostA = NewHost();
        var hostB = NewHost();
        var engineA = hostA.Services.GetRequiredService<WorkflowEngine>();
        var engineB = hostB.Services.GetRequiredService<WorkflowEngine>();
        await engineA.DeployAsync(Digest("R1/PT1H"), "admin");
        hostA.Clock.Advance(TimeSpan.FromHours(1));
        hostB.Clock.Advance(TimeSpan.FromHours(1));

        await Task.WhenAll(Task.Run(() => engineA.Timers().FireDueTimersAsync()), Task.Run(() => engineB.Timers().FireDueTimersAsync()));

        Assert.Single((await engineA.Queries().FindInstancesAsync(new InstanceQuery(DefinitionKey: "digest"))).Items);
    }
}
