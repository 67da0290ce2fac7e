using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Feel;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Workflows;

/// <summary>Issue 4: timers, messages, errors and incident retries through the durable engine, on both providers.</summary>
public abstract class EventTests : ProviderTestBase
{
    private static readonly TaskActor Admin = TaskActor.Administrator("admin");
    private static readonly Dictionary<string, FeelValue> None = [];

    /// <summary>verify (user task) with a 1-day interrupting timer to "escalate" (user task of the province).</summary>
    private static readonly string Deadline = Processes.File("deadline", """
        <bpmn:startEvent id="start" />
        <bpmn:userTask id="verify"><bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="commune" /></bpmn:extensionElements></bpmn:userTask>
        <bpmn:boundaryEvent id="late" attachedToRef="verify"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
        <bpmn:userTask id="escalate"><bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="province" /></bpmn:extensionElements></bpmn:userTask>
        <bpmn:endEvent id="done" />
        <bpmn:endEvent id="escalated" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="verify" />
        <bpmn:sequenceFlow id="f2" sourceRef="verify" targetRef="done" />
        <bpmn:sequenceFlow id="f3" sourceRef="late" targetRef="escalate" />
        <bpmn:sequenceFlow id="f4" sourceRef="escalate" targetRef="escalated" />
        """);

    /// <summary>Waits for the citizen's reply (message "reply" keyed by the report number).</summary>
    private static readonly string Reply = Processes.File("reply", """
        <bpmn:startEvent id="start" />
        <bpmn:intermediateCatchEvent id="wait"><bpmn:messageEventDefinition messageRef="m" /></bpmn:intermediateCatchEvent>
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
        <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" />
        """, """
        <bpmn:message id="m" name="reply"><bpmn:extensionElements><zeebe:subscription correlationKey="=report" /></bpmn:extensionElements></bpmn:message>
        """);

    [Fact]
    public async Task BoundaryTimer_FiresAfterItsDay_CancelsTheTask_AndFiringAgainIsANoOp()
    {
        var host = Host();
        var engine = Engine(host);
        await engine.DeployAsync(Deadline, "admin");
        var id = await engine.StartAsync(new StartInstance("deadline", null, null, None));
        var task = Assert.Single((await engine.Queries().FindTasksAsync(new TaskQuery(InstanceId: id), Admin)).Items);

        host.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(0, await engine.Timers().FireDueTimersAsync());
        host.Clock.Advance(TimeSpan.FromHours(1));
        // Quartz or this call fires it, whichever is first; the journal says it fired once.
        await engine.Timers().FireDueTimersAsync();
        Assert.True(await host.Services.GetRequiredService<LaiChau.Host.Workflows.WorkerActivity>().WaitUntilIdleAsync(TimeSpan.FromSeconds(20), default));
        Assert.Single(await engine.Queries().GetJournalAsync(id), j => j.Type == "TimerFired");

        Assert.Equal(["escalate"], (await engine.Queries().GetInstanceAsync(id)).ActiveElementIds);
        Assert.Equal(UserTaskState.Canceled, (await engine.Queries().GetTaskAsync(task.Id, Admin)).State);
        var journal = await engine.Queries().GetJournalAsync(id);
        var timerId = System.Text.Json.JsonDocument.Parse(journal.Single(j => j.Type == "TimerScheduled").Data).RootElement.GetProperty("timerId").GetGuid();
        Assert.False(await engine.FireTimerAsync(timerId));
        Assert.Equal(["escalate"], (await engine.Queries().GetInstanceAsync(id)).ActiveElementIds);
    }

    [Fact]
    public async Task TaskDoneInTime_CancelsItsTimer()
    {
        var host = Host();
        var engine = Engine(host);
        await engine.DeployAsync(Deadline, "admin");
        var id = await engine.StartAsync(new StartInstance("deadline", null, null, None));
        var task = Assert.Single((await engine.Queries().FindTasksAsync(new TaskQuery(InstanceId: id), Admin)).Items);

        await engine.CompleteTaskAsync(task.Id, Admin, None);
        host.Clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal(0, await engine.Timers().FireDueTimersAsync());
        Assert.Equal("completed", (await engine.Queries().GetInstanceAsync(id)).State);
    }

    [Fact]
    public async Task Message_ReachesTheWaitingInstance_WithItsKeyOnly()
    {
        var engine = Engine();
        await engine.DeployAsync(Reply, "admin");
        var a = await engine.StartAsync(new StartInstance("reply", null, null, Vars(("report", FeelValue.String("PA-1")))));
        var b = await engine.StartAsync(new StartInstance("reply", null, null, Vars(("report", FeelValue.String("PA-2")))));

        var result = await engine.PublishMessageAsync(new PublishMessage("reply", "PA-2", Vars(("rating", FeelValue.Number(5)))));

        Assert.Equal([b], result.Instances);
        Assert.Equal("active", (await engine.Queries().GetInstanceAsync(a)).State);
        var done = await engine.Queries().GetInstanceAsync(b);
        Assert.Equal("completed", done.State);
        Assert.Equal(FeelValue.Number(5), done.Variables["rating"]);
    }

    [Fact]
    public async Task EarlyMessage_WaitsForItsTimeToLive_ThenIsTakenOnce_AndLateOnesAreNot()
    {
        var host = Host();
        var engine = Engine(host);
        await engine.DeployAsync(Reply, "admin");

        var early = await engine.PublishMessageAsync(new PublishMessage("reply", "PA-7", None, "msg-1", TimeSpan.FromHours(1)));
        var again = await engine.PublishMessageAsync(new PublishMessage("reply", "PA-7", None, "msg-1", TimeSpan.FromHours(1)));
        var first = await engine.StartAsync(new StartInstance("reply", null, null, Vars(("report", FeelValue.String("PA-7")))));
        var second = await engine.StartAsync(new StartInstance("reply", null, null, Vars(("report", FeelValue.String("PA-7")))));
        await engine.PublishMessageAsync(new PublishMessage("reply", "PA-8", None, TimeToLive: TimeSpan.FromMinutes(30)));
        host.Clock.Advance(TimeSpan.FromMinutes(31));
        var late = await engine.StartAsync(new StartInstance("reply", null, null, Vars(("report", FeelValue.String("PA-8")))));

        Assert.True(early.Buffered);
        Assert.True(again.Duplicate);
        Assert.Equal("completed", (await engine.Queries().GetInstanceAsync(first)).State);
        Assert.Equal("active", (await engine.Queries().GetInstanceAsync(second)).State);
        Assert.Equal("active", (await engine.Queries().GetInstanceAsync(late)).State);
    }

    [Fact]
    public async Task MessageStartEvent_StartsTheLatestVersion()
    {
        var engine = Engine();
        await engine.DeployAsync(Processes.File("intake", """
            <bpmn:startEvent id="received"><bpmn:messageEventDefinition messageRef="m" /></bpmn:startEvent>
            <bpmn:userTask id="verify" />
            <bpmn:sequenceFlow id="f1" sourceRef="received" targetRef="verify" />
            """, """
            <bpmn:message id="m" name="report-received" />
            """), "admin");

        var result = await engine.PublishMessageAsync(new PublishMessage("report-received", "", Vars(("category", FeelValue.String("rác thải")))));

        var id = Assert.Single(result.Instances);
        var instance = await engine.Queries().GetInstanceAsync(id);
        Assert.Equal(["verify"], instance.ActiveElementIds);
        Assert.Equal(FeelValue.String("rác thải"), instance.Variables["category"]);
    }

    [Fact]
    public async Task ExpressionIncident_IsRetriedAfterTheVariableIsFixed()
    {
        var engine = Engine();
        await engine.DeployAsync(Processes.File("route", """
            <bpmn:startEvent id="start" />
            <bpmn:exclusiveGateway id="which" />
            <bpmn:userTask id="commune" />
            <bpmn:userTask id="district" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="which" />
            <bpmn:sequenceFlow id="toCommune" sourceRef="which" targetRef="commune"><bpmn:conditionExpression>=level = "commune"</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="toDistrict" sourceRef="which" targetRef="district"><bpmn:conditionExpression>=level = "district"</bpmn:conditionExpression></bpmn:sequenceFlow>
            """), "admin");
        var id = await engine.StartAsync(new StartInstance("route", null, null, Vars(("level", FeelValue.String("hamlet")))));
        var incident = Assert.Single(await engine.Queries().FindIncidentsAsync(IncidentState.Open, id));
        Assert.Equal((IncidentKind.Expression, "which"), (incident.Kind, incident.ElementId));

        await engine.SetVariablesAsync(id, null, Vars(("level", FeelValue.String("district"))));
        await engine.RetryIncidentAsync(incident.Id);

        var instance = await engine.Queries().GetInstanceAsync(id);
        Assert.Equal("active", instance.State);
        Assert.Equal(["district"], instance.ActiveElementIds);
        Assert.Empty(await engine.Queries().FindIncidentsAsync(IncidentState.Open, id));
        await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.RetryIncidentAsync(incident.Id));
    }

    [Fact]
    public async Task JobIncident_Retried_GivesTheJobMoreAttempts()
    {
        var engine = Engine();
        await engine.DeployAsync(Processes.Intake(), "admin");
        var id = await engine.StartAsync(new StartInstance("intake", null, null, None));
        var job = Assert.Single(await engine.ActivateJobsAsync("prepare", "w", 1));
        await engine.FailJobAsync(job.Id, job.LeaseToken, 0, TimeSpan.Zero, "down");
        var incident = Assert.Single(await engine.Queries().FindIncidentsAsync(IncidentState.Open, id));

        await engine.RetryIncidentAsync(incident.Id, retries: 2);

        Assert.Equal("active", (await engine.Queries().GetInstanceAsync(id)).State);
        var again = Assert.Single(await engine.ActivateJobsAsync("prepare", "w", 1));
        Assert.Equal((job.Id, 2), (again.Id, again.Retries));
        await engine.CompleteJobAsync(again.Id, again.LeaseToken, None);
        Assert.Equal(["verify"], (await engine.Queries().GetInstanceAsync(id)).ActiveElementIds);
    }

    [Fact]
    public async Task JobError_IsCaughtByTheErrorBoundary()
    {
        var engine = Engine();
        await engine.DeployAsync(Processes.File("locate", """
            <bpmn:startEvent id="start" />
            <bpmn:serviceTask id="route"><bpmn:extensionElements><zeebe:taskDefinition type="prepare" /></bpmn:extensionElements></bpmn:serviceTask>
            <bpmn:boundaryEvent id="outside" attachedToRef="route"><bpmn:errorEventDefinition errorRef="e" /></bpmn:boundaryEvent>
            <bpmn:userTask id="reject" />
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="route" />
            <bpmn:sequenceFlow id="f2" sourceRef="route" targetRef="end" />
            <bpmn:sequenceFlow id="f3" sourceRef="outside" targetRef="reject" />
            """, """
            <bpmn:error id="e" errorCode="OUTSIDE_PROVINCE" />
            """), "admin");
        var id = await engine.StartAsync(new StartInstance("locate", null, null, None));
        var job = Assert.Single(await engine.ActivateJobsAsync("prepare", "w", 1));

        await engine.ThrowErrorAsync(job.Id, job.LeaseToken, "OUTSIDE_PROVINCE", "Toạ độ ngoài tỉnh Lai Châu", None);

        Assert.Equal(["reject"], (await engine.Queries().GetInstanceAsync(id)).ActiveElementIds);
        Assert.Empty(await engine.ActivateJobsAsync("prepare", "w", 1));
        Assert.Empty(await engine.Queries().FindIncidentsAsync(IncidentState.Open, id));
    }

    private HostFactory Host() => NewHost().With("Workflows:Workers:ExternalTypes:0", "prepare");

    private WorkflowEngine Engine(HostFactory? host = null) => (host ?? Host()).Services.GetRequiredService<WorkflowEngine>();

    private static Dictionary<string, FeelValue> Vars(params (string Name, FeelValue Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);
}

public sealed class SqliteEventTests : EventTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresEventTests : EventTests
{
    public PostgresEventTests(PostgresDatabase database) => Postgres = database;
}
