using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class IncidentRetryTests
{
    [Fact]
    public void ActivationFailed_RetryAfterSetVariables_RunsTheActivationAgain()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            {ServiceTask("t", "t", """<zeebe:ioMapping><zeebe:input source="=count(for i in 1..amount return i) * 21" target="doubled" /></zeebe:ioMapping>""")}
            {Boundary("late", "t", TimerDefinition("timeDuration", "PT1H"))}
            <bpmn:endEvent id="lateEnd" />
            {Flow("f1", "start", "t")}
            {Flow("f2", "late", "lateEnd")}
            """;
        var kit = new RuntimeKit();
        var (state, started) = kit.Semantics.Start(Process(body), Vars(("amount", FeelValue.Number(200_000))));
        var task = Waiting(state, "t");
        state = Reload(state);
        var incident = state.FindElementInstance(task)!.Incident;

        var set = kit.Semantics.SetVariables(state, state.Id, Vars(("amount", FeelValue.Number(2))));
        state = Reload(state);
        var retried = kit.Semantics.RetryIncident(state, task);

        Assert.Equal(["activated t", "incident raised"], Trace(started).TakeLast(2));
        Assert.Equal(IncidentStep.Activation, incident);
        Assert.Empty(started.OfType<TimerScheduled>());
        Assert.Equal(["variable amount"], Trace(set));
        Assert.Equal(["incident resolved", "variable doubled", "timer scheduled late", "job t"], Trace(retried));
        Assert.Equal(FeelValue.Number(42), state.VariablesOf(task)["doubled"]);
    }

    [Fact]
    public void CompletionFailed_RetryRunsOnlyTheCompletion()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            {ServiceTask("t", "t", """<zeebe:ioMapping><zeebe:output source="=count(for i in 1..result return i) + 1" target="next" /></zeebe:ioMapping>""")}
            <bpmn:endEvent id="end" />
            {Flow("f1", "start", "t")}
            {Flow("f2", "t", "end")}
            """;
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(body), NoVars);
        var task = Waiting(state, "t");

        var failed = kit.Semantics.CompleteWait(state, task, Vars(("result", FeelValue.Number(200_000))));
        state = Reload(state);
        var incident = state.FindElementInstance(task)!.Incident;
        kit.Semantics.SetVariables(state, task, Vars(("result", FeelValue.Number(1))));
        state = Reload(state);
        var retried = kit.Semantics.RetryIncident(state, task);

        Assert.Equal(["variable result", "incident raised"], Trace(failed));
        Assert.Equal(IncidentStep.Completion, incident);
        Assert.Equal(["incident resolved", "variable next", "completed t", "flow f2", "activated end", "completed end", "instance completed"], Trace(retried));
        Assert.Equal(FeelValue.Number(2), state.VariablesOf(state.Id)["next"]);
    }

    [Fact]
    public void SetVariables_UnknownScope_Throws()
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process($"""
            <bpmn:startEvent id="start" />
            {ServiceTask("t", "t")}
            {Flow("f1", "start", "t")}
            """), NoVars);

        Assert.Throws<InvalidOperationException>(() => kit.Semantics.SetVariables(state, Guid.NewGuid(), NoVars));
        Assert.Throws<InvalidOperationException>(() => kit.Semantics.RetryIncident(state, Waiting(state, "t")));
    }

    [Fact]
    public void CompletionIncident_TheBoundaryStaysOpen_AndTerminatingTheHostResolvesTheIncident()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            {ServiceTask("t", "t", """<zeebe:ioMapping><zeebe:output source="=count(for i in 1..n return i)" target="m" /></zeebe:ioMapping>""")}
            {Boundary("late", "t", TimerDefinition("timeDuration", "PT1H"))}
            <bpmn:endEvent id="lateEnd" />
            {Flow("f1", "start", "t")}
            {Flow("f2", "late", "lateEnd")}
            """;
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(body), NoVars);
        var failed = kit.Semantics.CompleteWait(state, Waiting(state, "t"), Vars(("n", FeelValue.Number(200_000))));
        state = Reload(state);

        var fired = kit.Semantics.FireTimer(state, Subscription(state, "late").Id);

        Assert.Equal(["variable n", "incident raised"], Trace(failed));
        Assert.Equal(["timer fired", "incident resolved", "terminated t", "activated late"], Trace(fired).Take(4));
        Assert.Equal(InstanceStatus.Completed, state.Status);
    }
}
