using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class StraightLineTests
{
    private static readonly string Body = $"""
        <bpmn:startEvent id="start" />
        {ServiceTask("route", "route-report", """<zeebe:taskHeaders><zeebe:header key="k" value="v" /></zeebe:taskHeaders>""")}
        <bpmn:userTask id="check" name="Kiểm tra"><bpmn:extensionElements><zeebe:userTask /></bpmn:extensionElements></bpmn:userTask>
        <bpmn:endEvent id="end" />
        {Flow("f1", "start", "route")}
        {Flow("f2", "route", "check")}
        {Flow("f3", "check", "end")}
        """;

    [Fact]
    public void Start_ServiceTaskFirst_CreatesJobAndWaits()
    {
        var kit = new RuntimeKit();

        var (state, events) = kit.Semantics.Start(Process(Body), Vars(("x", FeelValue.Number(1))));

        Assert.IsType<InstanceStarted>(events[0]);
        var job = Assert.Single(events.OfType<JobCreated>());
        Assert.Equal(("route-report", 3, "v"), (job.Type, job.Retries, job.Headers["k"]));
        Assert.Equal(Waiting(state, "route"), job.ElementInstanceId);
        Assert.Equal(["start"], Completed(events));
        Assert.Equal(InstanceStatus.Active, state.Status);
        Assert.Equal(FeelValue.Number(1), state.VariablesOf(state.Id)["x"]);
    }

    [Fact]
    public void CompleteWait_JobThenUserTask_CompletesTheInstance()
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(Body), NoVars);

        var afterJob = kit.Semantics.CompleteWait(state, Waiting(state, "route"), Vars(("agency", FeelValue.String("xa"))));
        var task = Assert.Single(afterJob.OfType<UserTaskCreated>());
        Assert.Equal("Kiểm tra", task.Name);
        var afterTask = kit.Semantics.CompleteWait(state, task.ElementInstanceId, NoVars);

        Assert.Equal(["route"], Completed(afterJob));
        Assert.Equal(["check", "end"], Completed(afterTask));
        Assert.IsType<InstanceCompleted>(afterTask[^1]);
        Assert.Equal(InstanceStatus.Completed, state.Status);
        Assert.Empty(state.ActiveElementInstances);
        Assert.Equal(FeelValue.String("xa"), state.VariablesOf(state.Id)["agency"]);
    }

    [Fact]
    public void CompleteWait_ElementNotWaiting_Throws()
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(Body), NoVars);
        var start = state.ElementInstances.Single(e => e.ElementId == "start").Id;

        Assert.Throws<InvalidOperationException>(() => kit.Semantics.CompleteWait(state, start, NoVars));
    }

    [Fact]
    public void Events_AllStampedWithTheClock()
    {
        var kit = new RuntimeKit();

        var (_, events) = kit.Semantics.Start(Process(Body), NoVars);

        Assert.All(events, e => Assert.Equal(LaiChau.Testing.TestClock.DefaultStart, e.At));
    }
}
