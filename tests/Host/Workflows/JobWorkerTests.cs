using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Host.Workflows;
using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Feel;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Workflows;

/// <summary>Issue 4 point 4: this host's workers run registered handlers; failures count down to an incident.</summary>
public abstract class JobWorkerTests : ProviderTestBase
{
    private static readonly TaskActor Admin = TaskActor.Administrator("admin");
    private static readonly Dictionary<string, FeelValue> None = [];

    [Fact]
    public async Task Handler_CompletesTheJob_AndItsOutputReachesTheInstance()
    {
        var handler = ScriptedHandler.Completing("prepare", ("category", FeelValue.String("đèn đường")));
        var (engine, activity) = Start(NewHost().WithServices(s => s.AddSingleton<IJobHandler>(handler)));
        await engine.DeployAsync(Processes.Intake(), "admin");

        var id = await engine.StartAsync(new StartInstance("intake", null, null, None));
        Assert.True(await activity.WaitUntilIdleAsync(TimeSpan.FromSeconds(30), default));

        Assert.Single(handler.Runs);
        var instance = await engine.Queries().GetInstanceAsync(id);
        Assert.Equal(["verify"], instance.ActiveElementIds);
        Assert.Equal(FeelValue.String("đèn đường"), instance.Variables["category"]);
    }

    [Fact]
    public async Task Handler_ThatKeepsThrowing_UsesItsRetries_ThenRaisesAnIncident()
    {
        var handler = new ScriptedHandler("prepare", _ => throw new InvalidOperationException("SMTP 421"));
        var (engine, activity) = Start(NewHost()
            .With("Workflows:Workers:Backoff", "00:00:00")
            .WithServices(s => s.AddSingleton<IJobHandler>(handler)));
        await engine.DeployAsync(Processes.Intake(), "admin");

        var id = await engine.StartAsync(new StartInstance("intake", null, null, None));
        Assert.True(await activity.WaitUntilIdleAsync(TimeSpan.FromSeconds(30), default));

        Assert.Equal(2, handler.Runs.Count); // retries="2" in the model
        var incident = Assert.Single(await engine.Queries().FindIncidentsAsync(IncidentState.Open, id));
        Assert.Equal(IncidentKind.JobNoRetries, incident.Kind);
        Assert.Contains("SMTP 421", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JobOfATypeNobodyHandles_IsAnIncidentAtOnce()
    {
        var (engine, _) = Start(NewHost().WithServices(s => s.AddSingleton<IJobHandler>(ScriptedHandler.Completing("other"))));
        await engine.DeployAsync(Processes.Intake(), "admin");

        var id = await engine.StartAsync(new StartInstance("intake", null, null, None));

        var incident = Assert.Single(await engine.Queries().FindIncidentsAsync(IncidentState.Open, id));
        Assert.Equal((IncidentKind.UnknownJobType, "prepare"), (incident.Kind, incident.ElementId));
        Assert.Equal("incident", (await engine.Queries().GetInstanceAsync(id)).State);
    }

    [Fact]
    public async Task BpmnErrorWithoutCatcher_IsAnIncident_AndTheTokenStays()
    {
        var handler = new ScriptedHandler("prepare", _ => JobResult.Error("INVALID_LOCATION", "outside Lai Châu"));
        var (engine, activity) = Start(NewHost().WithServices(s => s.AddSingleton<IJobHandler>(handler)));
        await engine.DeployAsync(Processes.Intake(), "admin");

        var id = await engine.StartAsync(new StartInstance("intake", null, null, None));
        Assert.True(await activity.WaitUntilIdleAsync(TimeSpan.FromSeconds(30), default));

        var incident = Assert.Single(await engine.Queries().FindIncidentsAsync(IncidentState.Open, id));
        Assert.Equal(IncidentKind.UnhandledError, incident.Kind);
        Assert.Contains("INVALID_LOCATION", incident.Message, StringComparison.Ordinal);
        Assert.Equal(["prepare"], (await engine.Queries().GetInstanceAsync(id)).ActiveElementIds);
        Assert.Empty((await engine.Queries().FindTasksAsync(new TaskQuery(InstanceId: id), Admin)).Items);
    }

    internal static (WorkflowEngine Engine, WorkerActivity Activity) Start(HostFactory host)
    {
        _ = host.Server; // starts the host and its workers
        return (host.Services.GetRequiredService<WorkflowEngine>(), host.Services.GetRequiredService<WorkerActivity>());
    }
}

public sealed class SqliteJobWorkerTests : JobWorkerTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresJobWorkerTests : JobWorkerTests
{
    public PostgresJobWorkerTests(PostgresDatabase database) => Postgres = database;
}
