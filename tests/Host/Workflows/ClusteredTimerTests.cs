using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;
using Microsoft.Extensions.DependencyInjection;
using static LaiChau.Host.Tests.Workflows.TimerProbe;

namespace LaiChau.Host.Tests.Workflows;

/// <summary>Issue 5: two hosts on one PostgreSQL database form one Quartz cluster; every timer fires once.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusteredTimerTests : ProviderTestBase
{
    private const int Instances = 20;

    public ClusteredTimerTests(PostgresDatabase database) => Postgres = database;

    [Fact]
    public async Task TwoHostsOnOneDatabase_EachTimerFiresOnce()
    {
        var a = NewHost();
        // One business clock for both hosts, as in production.
        var b = NewHost().WithServices(s => s.AddSingleton<TimeProvider>(a.Clock));
        var engines = new[] { Engine(a), Engine(b) };
        await engines[0].DeployAsync(TimerProbe.DeadlineProcess, "admin");
        var ids = new List<Guid>();
        for (var i = 0; i < Instances; i++)
        {
            ids.Add(await engines[i % 2].StartAsync(new StartInstance("deadline", null, null, new Dictionary<string, FeelValue>())));
        }

        foreach (var id in ids)
        {
            var timer = await TimerAsync(engines[0], id);
            await WaitForAsync(() => TriggerExistsAsync(a, timer), "every trigger to be scheduled");
        }

        a.Clock.Advance(TimeSpan.FromDays(1));

        foreach (var id in ids)
        {
            await WaitForAsync(async () => (await engines[1].Queries().GetInstanceAsync(id)).ActiveElementIds.SequenceEqual(["escalate"]), "every timer to fire");
        }

        Assert.True(await Activity(a).WaitUntilIdleAsync(TimeSpan.FromSeconds(20), default));
        Assert.True(await Activity(b).WaitUntilIdleAsync(TimeSpan.FromSeconds(20), default));
        foreach (var id in ids)
        {
            Assert.Equal(1, await FiredCountAsync(engines[0], id));
        }
    }
}
