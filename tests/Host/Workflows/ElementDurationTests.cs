using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Workflows;

/// <summary>Issue 9 point 5: the designer's average time per element over the last 30 days, from the journal.</summary>
public abstract class ElementDurationTests : ProviderTestBase
{
    private static readonly TaskActor Admin = TaskActor.Administrator("admin");
    private static readonly Dictionary<string, FeelValue> None = [];

    [Fact]
    public async Task Statistics_AverageTimeAtATask_CountsOnlyTheLast30Days()
    {
        var host = NewHost();
        var engine = host.Services.GetRequiredService<WorkflowEngine>();
        await engine.DeployAsync(Processes.Approval("durations"), "admin");

        var old = await StartAsync(engine);
        host.Clock.Advance(TimeSpan.FromDays(10));
        await CompleteTaskAsync(engine, old); // 10 days, completed 31 days before the question: left out
        host.Clock.Advance(TimeSpan.FromDays(31));
        var first = await StartAsync(engine);
        var second = await StartAsync(engine);
        host.Clock.Advance(TimeSpan.FromDays(1));
        await CompleteTaskAsync(engine, first);
        host.Clock.Advance(TimeSpan.FromDays(1));
        await CompleteTaskAsync(engine, second);
        await StartAsync(engine); // still waiting: no duration yet

        var statistics = await engine.Statistics().GetElementStatisticsAsync("durations", 1);

        var approve = Assert.Single(statistics, s => s.ElementId == "approve");
        Assert.Equal((1, 2), (approve.Waiting, approve.Completed));
        Assert.Equal(TimeSpan.FromDays(1.5).TotalSeconds, approve.AverageSeconds!.Value, precision: 3);
        var start = Assert.Single(statistics, s => s.ElementId == "start");
        Assert.Equal((0, 3, 0d), (start.Waiting, start.Completed, start.AverageSeconds));
    }

    [Fact]
    public async Task Statistics_NothingCompletedInTheWindow_HasNoAverage()
    {
        var host = NewHost();
        var engine = host.Services.GetRequiredService<WorkflowEngine>();
        await engine.DeployAsync(Processes.Approval("durations-none"), "admin");
        await engine.StartAsync(new StartInstance("durations-none", null, null, None));
        host.Clock.Advance(TimeSpan.FromDays(31));

        var statistics = await engine.Statistics().GetElementStatisticsAsync("durations-none", 1);

        var approve = Assert.Single(statistics);
        Assert.Equal(("approve", 1, null, 0), (approve.ElementId, approve.Waiting, approve.AverageSeconds, approve.Completed));
    }

    private static Task<Guid> StartAsync(WorkflowEngine engine) =>
        engine.StartAsync(new StartInstance("durations", null, null, None));

    private static async Task CompleteTaskAsync(WorkflowEngine engine, Guid instanceId)
    {
        var task = Assert.Single((await engine.Queries().FindTasksAsync(new TaskQuery(InstanceId: instanceId), Admin)).Items);
        await engine.CompleteTaskAsync(task.Id, Admin, None);
    }
}

public sealed class SqliteElementDurationTests : ElementDurationTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresElementDurationTests : ElementDurationTests
{
    public PostgresElementDurationTests(PostgresDatabase database) => Postgres = database;
}
