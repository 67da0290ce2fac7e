using LaiChau.Host.Data;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Feel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Workflows;

/// <summary>Issue 4: the durable engine on the app's database — commands, jobs, tasks, journal — on both providers.</summary>
public abstract class EngineTests : ProviderTestBase
{
    private static readonly TaskActor Admin = TaskActor.Administrator("admin");
    private static readonly IReadOnlyDictionary<string, FeelValue> None = new Dictionary<string, FeelValue>();

    [Fact]
    public async Task Deploy_SameXmlTwice_KeepsOneVersion_ChangedXml_MakesTheNext()
    {
        var engine = Engine();

        var first = await engine.DeployAsync(Processes.Intake(), "admin");
        var again = await engine.DeployAsync(Processes.Intake(), "admin");
        var changed = await engine.DeployAsync(Processes.Intake(taskName: "Xác minh lại"), "admin");

        Assert.Equal((1, true), (first[0].Version, first[0].IsNew));
        Assert.Equal((first[0].Id, 1, false), (again[0].Id, again[0].Version, again[0].IsNew));
        Assert.Equal((2, true), (changed[0].Version, changed[0].IsNew));
    }

    [Fact]
    public async Task Deploy_WithChangeNote_KeepsTheNoteWithTheNewVersionOnly()
    {
        var engine = Engine();

        await engine.DeployAsync(Processes.Intake(), "admin");
        await engine.DeployAsync(Processes.Intake(taskName: "Xác minh lại"), "admin", "  Đổi tên bước xác minh ");
        var again = await engine.DeployAsync(Processes.Intake(taskName: "Xác minh lại"), "admin", "Ghi chú bị bỏ qua");

        var notes = Processes.Own(await engine.Queries().FindDefinitionsAsync()).Select(d => (d.Version, d.ChangeNote));
        Assert.Equal([(1, null), (2, "Đổi tên bước xác minh")], notes);
        Assert.False(again[0].IsNew);
        Assert.Equal("Đổi tên bước xác minh", (await engine.Queries().GetDefinitionAsync("intake", 2)).Summary.ChangeNote);
    }

    [Fact]
    public async Task Deploy_InvalidXml_IsRefusedWithEveryErrorAndSavesNothing()
    {
        var engine = Engine();

        var error = await Assert.ThrowsAsync<WorkflowInvalidException>(() =>
            engine.DeployAsync(Processes.File("broken", """<bpmn:serviceTask id="t" />"""), "admin"));

        Assert.Contains(error.Errors, e => e.ElementId == "t" && e.Line > 0);
        Assert.Empty(Processes.Own(await engine.Queries().FindDefinitionsAsync()));
    }

    [Fact]
    public async Task Instance_RunsJobThenTask_ToTheEnd_AndJournalsEveryStep()
    {
        var host = Host();
        var engine = Engine(host);
        await engine.DeployAsync(Processes.Intake(), "admin");
        var id = await engine.StartAsync(new StartInstance("intake", null, "PA-2026-0001", Vars(("ward", FeelValue.String("Tân Phong")))));

        var job = Assert.Single(await engine.ActivateJobsAsync("prepare", "worker-1", 10));
        Assert.Equal(FeelValue.String("Tân Phong"), job.Variables["ward"]);
        await engine.CompleteJobAsync(job.Id, job.LeaseToken, Vars(("category", FeelValue.String("pothole"))));

        var task = Assert.Single((await engine.Queries().FindTasksAsync(new TaskQuery(CandidateGroup: "officers"), Admin)).Items);
        Assert.Equal(("verify", "Xác minh phản ánh"), (task.ElementId, task.Name));
        Assert.Equal(host.Clock.GetUtcNow() + TimeSpan.FromDays(2), task.DueAt);
        Assert.Equal(["verify"], (await engine.Queries().GetInstanceAsync(id)).ActiveElementIds);

        await engine.CompleteTaskAsync(task.Id, Admin, Vars(("verified", FeelValue.True)));

        var instance = await engine.Queries().GetInstanceAsync(id);
        Assert.Equal("completed", instance.State);
        Assert.Equal(FeelValue.True, instance.Variables["verified"]);
        Assert.Equal(FeelValue.String("pothole"), instance.Variables["category"]);
        Assert.Equal(UserTaskState.Completed, (await engine.Queries().GetTaskAsync(task.Id, Admin)).State);
        var journal = await engine.Queries().GetJournalAsync(id);
        Assert.Equal(Enumerable.Range(1, journal.Count), journal.Select(j => j.Sequence));
        Assert.Equal("InstanceStarted", journal[0].Type);
        Assert.Contains(journal, j => j.Type == "JobCompleted");
        Assert.Contains(journal, j => j.Type == "UserTaskCompleted");
        Assert.Equal("InstanceCompleted", journal[^1].Type);
    }

    [Fact]
    public async Task Job_WhoseLeaseExpired_GoesToTheNextWorker_AndCompletesOnce()
    {
        var host = Host();
        var engine = Engine(host);
        await engine.DeployAsync(Processes.Intake(), "admin");
        var id = await engine.StartAsync(new StartInstance("intake", null, null, None));

        var first = Assert.Single(await engine.ActivateJobsAsync("prepare", "worker-1", 10, TimeSpan.FromMinutes(1)));
        Assert.Empty(await engine.ActivateJobsAsync("prepare", "worker-2", 10));
        host.Clock.Advance(TimeSpan.FromMinutes(2)); // worker-1 died mid-job
        var second = Assert.Single(await engine.ActivateJobsAsync("prepare", "worker-2", 10));
        Assert.Equal(first.Id, second.Id);

        await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.CompleteJobAsync(first.Id, first.LeaseToken, None));
        await engine.CompleteJobAsync(second.Id, second.LeaseToken, None);
        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => engine.CompleteJobAsync(second.Id, second.LeaseToken, None));

        Assert.Equal(["verify"], (await engine.Queries().GetInstanceAsync(id)).ActiveElementIds);
        Assert.Single((await engine.Queries().FindTasksAsync(new TaskQuery(InstanceId: id), Admin)).Items);
    }

    [Fact]
    public async Task Job_WhoseOutputMappingFails_IsDone_TheIncidentWaitsOnTheElement_AndTheRetryMovesOn()
    {
        var host = Host();
        var engine = Engine(host);
        await engine.DeployAsync(Processes.File("stamping", """
            <bpmn:startEvent id="start" />
            <bpmn:serviceTask id="stamp">
              <bpmn:extensionElements>
                <zeebe:taskDefinition type="prepare" />
                <zeebe:ioMapping><zeebe:output source="=count(for i in 1..(if n &gt; 0 then n else 200000) return i)" target="count" /></zeebe:ioMapping>
              </bpmn:extensionElements>
            </bpmn:serviceTask>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="stamp" />
            <bpmn:sequenceFlow id="f2" sourceRef="stamp" targetRef="end" />
            """), "admin");
        var id = await engine.StartAsync(new StartInstance("stamping", null, null, None));

        var job = Assert.Single(await engine.ActivateJobsAsync("prepare", "w", 1, TimeSpan.FromMinutes(1)));
        await engine.CompleteJobAsync(job.Id, job.LeaseToken, None);
        host.Clock.Advance(TimeSpan.FromMinutes(2));

        // The work was done once: the job is not handed out again while the incident waits (issue 18 point 5).
        Assert.Empty(await engine.ActivateJobsAsync("prepare", "w", 1));
        var incident = Assert.Single(await engine.Queries().FindIncidentsAsync(IncidentState.Open, id));
        Assert.Equal("stamp", incident.ElementId);
        await engine.SetVariablesAsync(id, null, new Dictionary<string, FeelValue> { ["n"] = FeelValue.Number(3) });
        await engine.RetryIncidentAsync(incident.Id);
        var done = await engine.Queries().GetInstanceAsync(id);
        Assert.Equal(("completed", 3m), (done.State, done.Variables["count"].AsNumber()));
    }

    [Fact]
    public async Task FailedJob_WaitsForItsBackOff_ThenWithoutRetriesBecomesAnIncident()
    {
        var host = Host();
        var engine = Engine(host);
        await engine.DeployAsync(Processes.Intake(), "admin");
        var id = await engine.StartAsync(new StartInstance("intake", null, null, None));

        var job = Assert.Single(await engine.ActivateJobsAsync("prepare", "w", 1));
        await engine.FailJobAsync(job.Id, job.LeaseToken, 1, TimeSpan.FromMinutes(10), "mail server down");
        Assert.Empty(await engine.ActivateJobsAsync("prepare", "w", 1));
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        var retry = Assert.Single(await engine.ActivateJobsAsync("prepare", "w", 1));
        Assert.Equal(1, retry.Retries);
        await engine.FailJobAsync(retry.Id, retry.LeaseToken, 0, TimeSpan.Zero, "mail server still down");

        var incident = Assert.Single(await engine.Queries().FindIncidentsAsync(IncidentState.Open, id));
        Assert.Equal((IncidentKind.JobNoRetries, "prepare"), (incident.Kind, incident.ElementId));
        Assert.Contains("mail server still down", incident.Message, StringComparison.Ordinal);
        Assert.Equal("incident", (await engine.Queries().GetInstanceAsync(id)).State);
        Assert.Equal([id], (await engine.Queries().FindInstancesAsync(new InstanceQuery(State: InstanceStateFilter.Incident))).Items.Select(i => i.Id));
        host.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Empty(await engine.ActivateJobsAsync("prepare", "w", 1));
    }

    [Fact]
    public async Task Cancel_EndsTheInstance_CancelsItsTask_AndRefusesASecondCancel()
    {
        var engine = Engine();
        await engine.DeployAsync(Processes.Approval(), "admin");
        var id = await engine.StartAsync(new StartInstance("approval", null, null, None));
        var task = Assert.Single((await engine.Queries().FindTasksAsync(new TaskQuery(InstanceId: id), Admin)).Items);

        await engine.CancelAsync(id);

        Assert.Equal("terminated", (await engine.Queries().GetInstanceAsync(id)).State);
        Assert.Equal(UserTaskState.Canceled, (await engine.Queries().GetTaskAsync(task.Id, Admin)).State);
        Assert.Empty((await engine.Queries().FindTasksAsync(new TaskQuery(CandidateGroup: "leaders", State: UserTaskState.Created), Admin)).Items);
        await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.CancelAsync(id));
        await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.CompleteTaskAsync(task.Id, Admin, None));
    }

    [Fact]
    public async Task Start_InTheCallersTransaction_IsRolledBackWithTheCallersRows()
    {
        var host = Host();
        var engine = Engine(host);
        await engine.DeployAsync(Processes.Approval(), "admin");

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.DocumentCounters.Add(new LaiChau.Host.Documents.DocumentCounter { AgencyCode = "UBND-TP", Year = 2026, LastNumber = 7 });
            await engine.StartAsync(db, new StartInstance("approval", null, "PA-1", None));
            Assert.Single(await db.Set<ProcessInstanceRow>().ToListAsync());
            await transaction.RollbackAsync();
        }

        Assert.Empty((await engine.Queries().FindInstancesAsync(new InstanceQuery())).Items);
        Assert.Empty((await engine.Queries().FindTasksAsync(new TaskQuery(), Admin)).Items);
    }

    [Fact]
    public async Task Tasks_PageByDueDate_WithoutGapsOrRepeats()
    {
        var host = Host();
        var engine = Engine(host);
        await engine.DeployAsync(Processes.Intake(), "admin");
        for (var i = 0; i < 5; i++)
        {
            await engine.StartAsync(new StartInstance("intake", null, $"PA-{i}", None));
            host.Clock.Advance(TimeSpan.FromHours(1));
        }

        foreach (var job in await engine.ActivateJobsAsync("prepare", "w", 10))
        {
            await engine.CompleteJobAsync(job.Id, job.LeaseToken, None);
        }

        var seen = new List<TaskView>();
        string? after = null;
        do
        {
            var page = await engine.Queries().FindTasksAsync(new TaskQuery(CandidateGroup: "officers", State: UserTaskState.Created, After: after, Limit: 2), Admin);
            seen.AddRange(page.Items);
            after = page.Next;
        }
        while (after is not null);

        Assert.Equal(5, seen.Select(t => t.Id).Distinct().Count());
        Assert.Equal(seen.OrderBy(t => t.DueAt).Select(t => t.Id), seen.Select(t => t.Id));
    }

    [Fact]
    public async Task Tasks_OfOtherGroups_AreHiddenFromAnOfficer()
    {
        var engine = Engine();
        await engine.DeployAsync(Processes.Approval(), "admin");
        var id = await engine.StartAsync(new StartInstance("approval", null, null, None));
        var officer = new TaskActor("an.nguyen", ["officers"], IsAdministrator: false);
        var leader = new TaskActor("binh.tran", ["leaders"], IsAdministrator: false);

        Assert.Empty((await engine.Queries().FindTasksAsync(new TaskQuery(InstanceId: id), officer)).Items);
        var task = Assert.Single((await engine.Queries().FindTasksAsync(new TaskQuery(InstanceId: id), leader)).Items);
        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => engine.CompleteTaskAsync(task.Id, officer, None));
        await Assert.ThrowsAsync<WorkflowForbiddenException>(() => engine.AssignTaskAsync(task.Id, "an.nguyen", leader));

        await engine.ClaimTaskAsync(task.Id, leader);
        await engine.CompleteTaskAsync(task.Id, leader, None);
        Assert.Equal("completed", (await engine.Queries().GetInstanceAsync(id)).State);
    }

    [Fact]
    public async Task TaskDueDate_IsMovedOnlyByAnOperator_AndJournalled()
    {
        var engine = Engine();
        await engine.DeployAsync(Processes.Approval(), "admin");
        var id = await engine.StartAsync(new StartInstance("approval", null, null, None));
        var leader = new TaskActor("binh.tran", ["leaders"], IsAdministrator: false);
        var task = Assert.Single((await engine.Queries().FindTasksAsync(new TaskQuery(InstanceId: id), leader)).Items);
        var due = new DateTimeOffset(2026, 3, 16, 17, 0, 0, TimeSpan.FromHours(7));

        await Assert.ThrowsAsync<WorkflowForbiddenException>(() => engine.SetTaskDueDateAsync(task.Id, due, leader));
        await engine.SetTaskDueDateAsync(task.Id, due, Admin);

        Assert.Equal(due, Assert.Single((await engine.Queries().FindTasksAsync(new TaskQuery(InstanceId: id), leader)).Items).DueAt);
        Assert.Contains(await engine.Queries().GetJournalAsync(id), e => e.Type == nameof(UserTaskDueDateSet));
    }

    /// <summary>A host whose job type "prepare" is handled outside it: these tests play the worker themselves.</summary>
    private HostFactory Host() => NewHost().With("Workflows:Workers:ExternalTypes:0", "prepare");

    private WorkflowEngine Engine(HostFactory? host = null) =>
        (host ?? Host()).Services.GetRequiredService<WorkflowEngine>();

    private static Dictionary<string, FeelValue> Vars(params (string Name, FeelValue Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);
}

public sealed class SqliteEngineTests : EngineTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresEngineTests : EngineTests
{
    public PostgresEngineTests(PostgresDatabase database) => Postgres = database;
}
