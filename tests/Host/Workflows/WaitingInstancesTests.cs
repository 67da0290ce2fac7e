using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Workflows;

/// <summary>Issue 9 point 5: the instances behind a statistics number, in pages beyond the first sample.</summary>
public abstract class WaitingInstancesTests : ProviderTestBase
{
    [Fact]
    public async Task WaitingInstances_InPagesAfterTheLastId_CoverEveryOneOnce_InTheStatisticsOrder()
    {
        var engine = NewHost().Services.GetRequiredService<WorkflowEngine>();
        await engine.DeployAsync(Processes.Approval("waiting"), "admin");
        var started = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            started.Add(await engine.StartAsync(new StartInstance("waiting", null, null, new Dictionary<string, FeelValue>())));
        }

        var first = await engine.Statistics().FindWaitingInstancesAsync("waiting", 1, "approve", after: null, limit: 2);
        var second = await engine.Statistics().FindWaitingInstancesAsync("waiting", 1, "approve", first[^1], 2);
        var third = await engine.Statistics().FindWaitingInstancesAsync("waiting", 1, "approve", second[^1], 2);
        var past = await engine.Statistics().FindWaitingInstancesAsync("waiting", 1, "approve", third[^1], 2);

        var pages = first.Concat(second).Concat(third).ToList();
        Assert.Equal((2, 2, 1, 0), (first.Count, second.Count, third.Count, past.Count));
        Assert.Equal(started.Order(), pages.Order());
        // The statistics' sample is the same first page, so "show more" goes on from its last id.
        var sample = Assert.Single(await engine.Statistics().GetElementStatisticsAsync("waiting", 1), s => s.ElementId == "approve").InstanceIds;
        Assert.Equal(pages, sample);
        Assert.Empty(await engine.Statistics().FindWaitingInstancesAsync("waiting", 1, "start", null, 10));
    }
}

public sealed class SqliteWaitingInstancesTests : WaitingInstancesTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresWaitingInstancesTests : WaitingInstancesTests
{
    public PostgresWaitingInstancesTests(PostgresDatabase database) => Postgres = database;
}
