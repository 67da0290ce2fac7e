using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Feel;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Workflows;

/// <summary>Issue 4: call activities across instances, and migration between versions, through the durable engine.</summary>
public abstract class CallAndMigrationTests : ProviderTestBase
{
    private static readonly TaskActor Admin = TaskActor.Administrator("admin");
    private static readonly Dictionary<string, FeelValue> None = [];

    private static readonly string Parent = Processes.File("parent", """
        <bpmn:startEvent id="start" />
        <bpmn:callActivity id="consult"><bpmn:extensionElements><zeebe:calledElement processId="approval" /></bpmn:extensionElements></bpmn:callActivity>
        <bpmn:userTask id="answer" />
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="consult" />
        <bpmn:sequenceFlow id="f2" sourceRef="consult" targetRef="answer" />
        <bpmn:sequenceFlow id="f3" sourceRef="answer" targetRef="end" />
        """);

    [Fact]
    public async Task CallActivity_StartsTheChild_AndItsEndMovesTheParentOn_WithItsVariables()
    {
        var engine = Engine();
        await engine.DeployAsync(Processes.Approval(), "admin");
        await engine.DeployAsync(Parent, "admin");
        var parent = await engine.StartAsync(new StartInstance("parent", null, "PA-9", Vars(("report", FeelValue.String("PA-9")))));

        var child = Assert.Single((await engine.Queries().FindInstancesAsync(new InstanceQuery(DefinitionKey: "approval"))).Items);
        Assert.Equal("PA-9", child.BusinessKey);
        var details = await engine.Queries().GetInstanceAsync(child.Id);
        Assert.Equal(parent, details.ParentInstanceId);
        Assert.Equal(FeelValue.String("PA-9"), details.Variables["report"]);
        var task = Assert.Single((await engine.Queries().FindTasksAsync(new TaskQuery(InstanceId: child.Id), Admin)).Items);

        await engine.CompleteTaskAsync(task.Id, Admin, Vars(("approved", FeelValue.True)));

        Assert.Equal("completed", (await engine.Queries().GetInstanceAsync(child.Id)).State);
        var after = await engine.Queries().GetInstanceAsync(parent);
        Assert.Equal(["answer"], after.ActiveElementIds);
        Assert.Equal(FeelValue.True, after.Variables["approved"]);
    }

    [Fact]
    public async Task CancellingTheParent_CancelsTheChild_ButTheChildAloneCannotBeCancelled()
    {
        var engine = Engine();
        await engine.DeployAsync(Processes.Approval(), "admin");
        await engine.DeployAsync(Parent, "admin");
        var parent = await engine.StartAsync(new StartInstance("parent", null, null, None));
        var child = Assert.Single((await engine.Queries().FindInstancesAsync(new InstanceQuery(DefinitionKey: "approval"))).Items).Id;

        await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.CancelAsync(child));
        await engine.CancelAsync(parent);

        Assert.Equal("terminated", (await engine.Queries().GetInstanceAsync(child)).State);
        Assert.Empty((await engine.Queries().FindTasksAsync(new TaskQuery(InstanceId: child, State: UserTaskState.Created), Admin)).Items);
    }

    [Fact]
    public async Task CalledProcessNotDeployed_IsAnIncident_RetriedOnceItIs()
    {
        var engine = Engine();
        await engine.DeployAsync(Parent, "admin");
        var parent = await engine.StartAsync(new StartInstance("parent", null, null, None));
        var incident = Assert.Single(await engine.Queries().FindIncidentsAsync(IncidentState.Open, parent));
        Assert.Equal((IncidentKind.CalledProcessMissing, "consult"), (incident.Kind, incident.ElementId));

        await engine.DeployAsync(Processes.Approval(), "admin");
        await engine.RetryIncidentAsync(incident.Id);

        Assert.Single((await engine.Queries().FindInstancesAsync(new InstanceQuery(DefinitionKey: "approval"))).Items);
        Assert.Equal("active", (await engine.Queries().GetInstanceAsync(parent)).State);
    }

    [Fact]
    public async Task Migration_MovesTheWaitingTaskAndItsTimer_WithoutRunningAnythingAgain()
    {
        var host = NewHost();
        var engine = Engine(host);
        await engine.DeployAsync(Deadline("late", "Xác minh"), "admin");
        var id = await engine.StartAsync(new StartInstance("deadline", null, null, None));
        var task = Assert.Single((await engine.Queries().FindTasksAsync(new TaskQuery(InstanceId: id), Admin)).Items);
        await engine.DeployAsync(Deadline("tooLate", "Xác minh (v2)"), "admin");
        var mapping = new Dictionary<string, string> { ["verify"] = "verify", ["late"] = "tooLate" };

        var wrong = await engine.MigrateAsync(id, 2, new Dictionary<string, string> { ["verify"] = "verify" }, dryRun: true);
        var dry = await engine.MigrateAsync(id, 2, mapping, dryRun: true);
        Assert.False(wrong.IsValid);
        Assert.Equal("late", Assert.Single(wrong.Errors).ElementId);
        Assert.True(dry.IsValid);
        Assert.Equal(1, (await engine.Queries().GetInstanceAsync(id)).Version);
        await Assert.ThrowsAsync<WorkflowInvalidException>(() => engine.MigrateAsync(id, 2, new Dictionary<string, string> { ["verify"] = "verify" }, dryRun: false));

        await engine.MigrateAsync(id, 2, mapping, dryRun: false);

        Assert.Equal(2, (await engine.Queries().GetInstanceAsync(id)).Version);
        Assert.Equal(task.Id, Assert.Single((await engine.Queries().FindTasksAsync(new TaskQuery(InstanceId: id), Admin)).Items).Id);
        host.Clock.Advance(TimeSpan.FromDays(1));
        // Quartz or this call fires it, whichever is first; the journal says it fired once.
        await engine.Timers().FireDueTimersAsync();
        Assert.True(await host.Services.GetRequiredService<LaiChau.Host.Workflows.WorkerActivity>().WaitUntilIdleAsync(TimeSpan.FromSeconds(20), default));
        Assert.Single(await engine.Queries().GetJournalAsync(id), j => j.Type == "TimerFired");
        Assert.Equal("completed", (await engine.Queries().GetInstanceAsync(id)).State);
        var journal = await engine.Queries().GetJournalAsync(id);
        Assert.Single(journal, j => j.Type == "InstanceMigrated");
        Assert.Single(journal, j => j.Type == "UserTaskCreated");
        Assert.Contains(journal, j => j.Type == "ElementCompleted" && j.Data.Contains("\"tooLate\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Migration_OverHttp_DryRunAndRefusal()
    {
        var host = NewHost();
        using var client = host.CreateClient(HostFactory.AdminKey);
        var engine = Engine(host);
        await engine.DeployAsync(Deadline("late", "v1"), "admin");
        var id = await engine.StartAsync(new StartInstance("deadline", null, null, None));
        await engine.DeployAsync(Deadline("tooLate", "v2"), "admin");

        var dry = await client.PostAsJsonAsync($"/api/v1/instances/{id}/migrate?dryRun=true", new { targetVersion = 2, mapping = new { verify = "verify" } });
        var refused = await client.PostAsJsonAsync($"/api/v1/instances/{id}/migrate", new { targetVersion = 2, mapping = new { verify = "verify" } });
        var noVersion = await client.PostAsync($"/api/v1/instances/{id}/migrate", new StringContent("""{ "mapping": { "verify": "verify" } }""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, dry.StatusCode);
        Assert.False((await dry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isValid").GetBoolean());
        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("late", problem.GetProperty("errors")[0].GetProperty("elementId").GetString());
        await ProblemAssert.IsProblemAsync(noVersion, HttpStatusCode.BadRequest);
    }

    private static string Deadline(string boundaryId, string taskName) => Processes.File("deadline", $"""
        <bpmn:startEvent id="start" />
        <bpmn:userTask id="verify" name="{taskName}" />
        <bpmn:boundaryEvent id="{boundaryId}" attachedToRef="verify"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
        <bpmn:endEvent id="end" />
        <bpmn:endEvent id="lateEnd" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="verify" />
        <bpmn:sequenceFlow id="f2" sourceRef="verify" targetRef="end" />
        <bpmn:sequenceFlow id="f3" sourceRef="{boundaryId}" targetRef="lateEnd" />
        """);

    private WorkflowEngine Engine(HostFactory? host = null) => (host ?? NewHost()).Services.GetRequiredService<WorkflowEngine>();

    private static Dictionary<string, FeelValue> Vars(params (string Name, FeelValue Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);
}

public sealed class SqliteCallAndMigrationTests : CallAndMigrationTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresCallAndMigrationTests : CallAndMigrationTests
{
    public PostgresCallAndMigrationTests(PostgresDatabase database) => Postgres = database;
}
