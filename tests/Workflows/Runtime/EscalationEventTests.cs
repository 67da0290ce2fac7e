using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class EscalationEventTests
{
    private const string Escalations = """
        <bpmn:escalation id="late" name="Late" escalationCode="LATE" />
        <bpmn:escalation id="other" name="Other" escalationCode="OTHER" />
        """;

    private static string Body(string boundary) => $"""
        <bpmn:startEvent id="start" />
        <bpmn:subProcess id="sub">
          <bpmn:startEvent id="subStart" />
          <bpmn:intermediateThrowEvent id="raise"><bpmn:escalationEventDefinition escalationRef="late" /></bpmn:intermediateThrowEvent>
          {ServiceTask("inner", "inner")}
          <bpmn:endEvent id="subEnd" />
          {Flow("s1", "subStart", "raise")}
          {Flow("s2", "raise", "inner")}
          {Flow("s3", "inner", "subEnd")}
        </bpmn:subProcess>
        {boundary}
        {ServiceTask("notify", "notify")}
        {ServiceTask("after", "after")}
        {Flow("f1", "start", "sub")}
        {Flow("f2", "sub", "after")}
        {Flow("f3", "escalated", "notify")}
        """;

    [Fact]
    public void NonInterruptingBoundary_CatchesTheEscalation_AndTheSubProcessGoesOn()
    {
        var kit = new RuntimeKit();
        var (state, events) = kit.Semantics.Start(
            Process(Body(Boundary("escalated", "sub", """<bpmn:escalationEventDefinition escalationRef="late" />""", interrupting: false)), Escalations), NoVars);
        state = Reload(state);

        Assert.Equal(
            ["activated raise", "escalation thrown LATE", "activated escalated", "completed raise", "flow s2", "activated inner", "completed escalated", "flow f3", "activated notify", "job inner", "job notify"],
            Trace(events).SkipWhile(t => t != "activated raise"));
        Assert.Equal(["sub", "inner", "notify"], state.ActiveElementInstances.Select(e => e.ElementId));
        Assert.Contains("sub", Completed(kit.Semantics.CompleteWait(state, Waiting(state, "inner"), NoVars)));
    }

    [Fact]
    public void InterruptingBoundary_CatchesTheEscalation_AndEndsTheSubProcess()
    {
        var (state, events) = new RuntimeKit().Semantics.Start(
            Process(Body(Boundary("escalated", "sub", "<bpmn:escalationEventDefinition />")), Escalations), NoVars);

        Assert.Equal(["escalation thrown LATE", "terminated raise", "terminated sub", "activated escalated"], Trace(events).SkipWhile(t => !t.StartsWith("escalation", StringComparison.Ordinal)).Take(4));
        Assert.Equal(["notify"], state.ActiveElementInstances.Select(e => e.ElementId));
    }

    [Fact]
    public void UncaughtEscalation_OnlyAnotherCodeIsCaught_TheFlowContinues()
    {
        var (state, events) = new RuntimeKit().Semantics.Start(
            Process(Body(Boundary("escalated", "sub", """<bpmn:escalationEventDefinition escalationRef="other" />""")), Escalations), NoVars);

        Assert.Equal(["activated raise", "escalation thrown LATE", "completed raise"], Trace(events).SkipWhile(t => t != "activated raise").Take(3));
        Assert.Empty(events.OfType<IncidentRaised>());
        Assert.Equal(["sub", "inner"], state.ActiveElementInstances.Select(e => e.ElementId));
    }

    [Fact]
    public void EscalationEndEvent_CaughtByANonInterruptingEventSubProcess_TheScopeCompletesAfterIt()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:endEvent id="end"><bpmn:escalationEventDefinition escalationRef="late" /></bpmn:endEvent>
            <bpmn:subProcess id="onLate" triggeredByEvent="true">
              <bpmn:startEvent id="lateStart" isInterrupting="false"><bpmn:escalationEventDefinition escalationRef="late" /></bpmn:startEvent>
              {ServiceTask("notify", "notify")}
              {Flow("e1", "lateStart", "notify")}
            </bpmn:subProcess>
            {Flow("f1", "start", "end")}
            """;
        var kit = new RuntimeKit();
        var (state, events) = kit.Semantics.Start(Process(body, Escalations), NoVars);
        state = Reload(state);

        Assert.Equal(["escalation thrown LATE", "activated onLate", "completed end", "activated lateStart"], Trace(events).SkipWhile(t => !t.StartsWith("escalation", StringComparison.Ordinal)).Take(4));
        Assert.Equal(InstanceStatus.Active, state.Status);
        Assert.Equal(["completed notify", "completed onLate", "instance completed"], Trace(kit.Semantics.CompleteWait(state, Waiting(state, "notify"), NoVars)));
    }
}
