using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Host.Workflows;
using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Workflows;

/// <summary>Issue 4 point 9: concurrent commands on one instance, and hosts competing for the same jobs.</summary>
public abstract class ConcurrencyTests : ProviderTestBase
{
    protected static readonly TaskActor Admin = TaskActor.Administrator("admin");
    protected static readonly Dictionary<string, FeelValue> None = [];

    protected static readonly string TwoReviews = Processes.File("reviews", """
        <bpmn:startEvent id="start" />
        <bpmn:parallelGateway id="fork" />
        <bpmn:userTask id="a"><bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="district" /></bpmn:extensionElements></bpmn:userTask>
        <bpmn:userTask id="b"><bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="commune" /></bpmn:extensionElements></bpmn:userTask>
        <bpmn:parallelGateway id="join" />
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="fork" />
        <bpmn:sequenceFlow id="f2" sourceRef="fork" targetRef="a" />
        <bpmn:sequenceFlow id="f3" sourceRef="fork" targetRef="b" />
        <bpmn:sequenceFlow id="f4" sourceRef="a" targetRef="join" />
        <bpmn:sequenceFlow id="f5" sourceRef="b" targetRef="join" />
        <bpmn:sequenceFlow id="f6" sourceRef="join" targetRef="end" />
        """);

    [Fact]
    public async Task TwoTasksCompletedAtTheSameTime_BothCount_AndTheJoinFiresOnce()
    {
        var engine = NewHost().Services.GetRequiredService<WorkflowEngine>();
        await engine.DeployAsync(TwoReviews, "admin");
        var instances = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            instances.Add(await engine.StartAsync(new StartInstance("reviews", null, null, None)));
        }

        foreach (var id in instances)
        {
            var tasks = (await engine.Queries().FindTasksAsync(new TaskQuery(InstanceId: id), Admin)).Items;
            await Task.WhenAll(tasks.Select(t => Task.Run(() => engine.CompleteTaskAsync(t.Id, Admin, Vars((t.ElementId, FeelValue.True))))));
        }

        foreach (var id in instances)
        {
            var instance = await engine.Queries().GetInstanceAsync(id);
            Assert.Equal("completed", instance.State);
            Assert.Equal([true, true], new[] { instance.Variables["a"].IsTrue, instance.Variables["b"].IsTrue });
            var journal = await engine.Queries().GetJournalAsync(id);
            Assert.Single(journal, j => j.Type == "ElementCompleted" && j.Data.Contains("\"join\"", StringComparison.Ordinal));
            Assert.Single(journal, j => j.Type == "InstanceCompleted");
        }
    }

    [Fact]
    public async Task DeploymentsAndPublicationsAtTheSameTime_AllSucceed_WithoutDuplicates()
    {
        var engine = NewHost().Services.GetRequiredService<WorkflowEngine>();

        var deployments = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() =>
            engine.DeployAsync(Processes.Intake(taskName: $"Xác minh {i}"), "admin"))));
        var publications = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            engine.PublishMessageAsync(new PublishMessage("reply", "PA-1", None, "same-id", TimeSpan.FromHours(1))))));

        Assert.Equal([1, 2, 3, 4], deployments.Select(d => d[0].Version).Order());
        Assert.Equal(1, publications.Count(p => p.Buffered));
        Assert.Equal(3, publications.Count(p => p.Duplicate));
    }

    protected static Dictionary<string, FeelValue> Vars(params (string Name, FeelValue Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);
}

public sealed class SqliteConcurrencyTests : ConcurrencyTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresConcurrencyTests : ConcurrencyTests
{
    public PostgresConcurrencyTests(PostgresDatabase database) => Postgres = database;

    [Fact]
    public async Task TwoHostsOnOneDatabase_CompletingTasksOfOneInstance_LoseNoUpdate()
    {
        var engineA = NewHost().Services.GetRequiredService<WorkflowEngine>();
        var engineB = NewHost().Services.GetRequiredService<WorkflowEngine>();
        await engineA.DeployAsync(TwoReviews, "admin");
        var ids = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            ids.Add(await engineA.StartAsync(new StartInstance("reviews", null, null, None)));
        }

        foreach (var id in ids)
        {
            var tasks = (await engineA.Queries().FindTasksAsync(new TaskQuery(InstanceId: id), Admin)).Items;
            await Task.WhenAll(
                Task.Run(() => engineA.CompleteTaskAsync(tasks[0].Id, Admin, Vars((tasks[0].ElementId, FeelValue.True)))),
                Task.Run(() => engineB.CompleteTaskAsync(tasks[1].Id, Admin, Vars((tasks[1].ElementId, FeelValue.True)))));
        }

        foreach (var id in ids)
        {
            var instance = await engineB.Queries().GetInstanceAsync(id);
            Assert.Equal("completed", instance.State);
            Assert.True(instance.Variables["a"].IsTrue && instance.Variables["b"].IsTrue, "both completions' variables are kept");
        }
    }

    [Fact]
    public async Task TwoHostsOnOneDatabase_ShareTheJobs_AndEachJobRunsOnce()
    {
        var handlerA = ScriptedHandler.Completing("prepare");
        var handlerB = ScriptedHandler.Completing("prepare");
        var hostA = NewHost().WithServices(s => s.AddSingleton<IJobHandler>(handlerA));
        var hostB = NewHost().WithServices(s => s.AddSingleton<IJobHandler>(handlerB));
        var (engineA, activityA) = JobWorkerTests.Start(hostA);
        var (engineB, activityB) = JobWorkerTests.Start(hostB);
        await engineA.DeployAsync(Processes.Intake(), "admin");

        var starts = Enumerable.Range(0, 60).Select(i =>
            (i % 2 == 0 ? engineA : engineB).StartAsync(new StartInstance("intake", null, $"PA-{i}", None)));
        var ids = await Task.WhenAll(starts);
        Assert.True(await activityA.WaitUntilIdleAsync(TimeSpan.FromSeconds(60), default));
        Assert.True(await activityB.WaitUntilIdleAsync(TimeSpan.FromSeconds(60), default));

        var runs = handlerA.Runs.Concat(handlerB.Runs).ToList();
        Assert.Equal(60, runs.Count);
        Assert.Equal(60, runs.Distinct().Count());
        foreach (var id in ids)
        {
            Assert.Equal(["verify"], (await engineA.Queries().GetInstanceAsync(id)).ActiveElementIds);
        }
    }
}
