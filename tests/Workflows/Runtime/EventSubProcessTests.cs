using LaiChau.Testing;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class EventSubProcessTests
{
    private static string Body(string startAttributes, string startDefinition) => $"""
        <bpmn:startEvent id="start" />
        {ServiceTask("work", "work")}
        <bpmn:endEvent id="end" />
        {Flow("f1", "start", "work")}
        {Flow("f2", "work", "end")}
        <bpmn:subProcess id="events" triggeredByEvent="true">
          <bpmn:startEvent id="eventStart" {startAttributes}>{startDefinition}</bpmn:startEvent>
          {ServiceTask("handle", "handle")}
          {Flow("e1", "eventStart", "handle")}
        </bpmn:subProcess>
        """;

    private static readonly string Messages = Message("m", "withdraw", "=code");

    [Fact]
    public void InterruptingTimer_OpenAtStart_TerminatesTheOtherTokensAndRuns()
    {
        var kit = new RuntimeKit();
        var (state, started) = kit.Semantics.Start(Process(Body("", TimerDefinition("timeDuration", "P7D"))), NoVars);
        var timer = started.OfType<TimerScheduled>().Single();
        state = Reload(state);

        var fired = kit.Semantics.FireTimer(state, timer.TimerId);
        state = Reload(state);
        var done = kit.Semantics.CompleteWait(state, Waiting(state, "handle"), NoVars);

        Assert.Equal((state.Id, "eventStart", TestClock.DefaultStart.AddDays(7)), (timer.ElementInstanceId, timer.ElementId, timer.DueAt));
        Assert.Equal(["timer scheduled eventStart", "activated start"], Trace(started).Skip(1).Take(2));
        Assert.Equal(["timer fired", "terminated work", "activated events", "activated eventStart", "completed eventStart", "flow e1", "activated handle", "job handle"], Trace(fired));
        Assert.Equal(["completed handle", "completed events", "instance completed"], Trace(done));
    }

    [Fact]
    public void NonInterruptingMessage_CorrelatedTwice_RunsTwiceBesideTheWork_TheInstanceWaitsForThem()
    {
        var kit = new RuntimeKit();
        var (state, started) = kit.Semantics.Start(
            Process(Body("isInterrupting=\"false\"", MessageDefinition("m")), Messages), Vars(("code", FeelValue.String("PA-3"))));
        var first = started.OfType<MessageSubscriptionOpened>().Single();

        state = Reload(state);
        var once = kit.Semantics.CorrelateMessage(state, first.SubscriptionId, Vars(("why", FeelValue.String("a"))));
        state = Reload(state);
        var twice = kit.Semantics.CorrelateMessage(state, Subscription(state, "eventStart").Id, Vars(("why", FeelValue.String("b"))));
        state = Reload(state);
        var workDone = kit.Semantics.CompleteWait(state, Waiting(state, "work"), NoVars);

        Assert.Equal(["message correlated withdraw", "message opened eventStart", "activated events", "activated eventStart", "variable why", "completed eventStart", "flow e1", "activated handle", "job handle"], Trace(once));
        Assert.Equal(Trace(once), Trace(twice));
        Assert.Equal(["completed work", "flow f2", "activated end", "completed end"], Trace(workDone));
        Assert.Equal(["events", "handle", "events", "handle"], state.ActiveElementInstances.Select(e => e.ElementId));
        Assert.Equal(InstanceStatus.Active, state.Status);
        Assert.Equal(FeelValue.String("b"), state.VariablesOf(state.Id)["why"]);

        foreach (var handle in state.ActiveElementInstances.Where(e => e.ElementId == "handle").Select(e => e.Id).ToList())
        {
            var events = kit.Semantics.CompleteWait(state, handle, NoVars);
            state = Reload(state);
            if (state.Status == InstanceStatus.Completed)
            {
                Assert.Equal(["completed handle", "completed events", "message closed", "instance completed"], Trace(events));
            }
        }

        Assert.Equal(InstanceStatus.Completed, state.Status);
        Assert.Empty(state.Subscriptions);
    }

    [Fact]
    public void InsideASubProcess_OpenWhileItRuns_ClosedWhenItCompletes()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:subProcess id="sub">
              <bpmn:startEvent id="subStart" />
              {ServiceTask("work", "work")}
              {Flow("s1", "subStart", "work")}
              <bpmn:subProcess id="events" triggeredByEvent="true">
                <bpmn:startEvent id="eventStart" isInterrupting="false">{MessageDefinition("m")}</bpmn:startEvent>
                <bpmn:endEvent id="eventEnd" />
                {Flow("e1", "eventStart", "eventEnd")}
              </bpmn:subProcess>
            </bpmn:subProcess>
            {ServiceTask("after", "after")}
            {Flow("f1", "start", "sub")}
            {Flow("f2", "sub", "after")}
            """;
        var kit = new RuntimeKit();
        var (state, started) = kit.Semantics.Start(Process(body, Messages), Vars(("code", FeelValue.String("PA-4"))));
        var opened = started.OfType<MessageSubscriptionOpened>().Single();
        var sub = Waiting(state, "sub");
        state = Reload(state);

        var events = kit.Semantics.CompleteWait(state, Waiting(state, "work"), NoVars);

        Assert.Equal(sub, opened.ElementInstanceId);
        Assert.Equal(["completed work", "message closed", "completed sub", "flow f2", "activated after", "job after"], Trace(events));
        Assert.Equal(opened.SubscriptionId, events.OfType<MessageSubscriptionClosed>().Single().SubscriptionId);
        Assert.Empty(state.Subscriptions);
    }

    [Fact]
    public void NonInterruptingCycleWithAStart_FirstAtTheStart_ThenEveryDay()
    {
        var kit = new RuntimeKit();
        var (state, started) = kit.Semantics.Start(
            Process(Body("isInterrupting=\"false\"", TimerDefinition("timeCycle", "R/2026-03-03T08:00:00+07:00/P1D"))), NoVars);
        var first = started.OfType<TimerScheduled>().Single();
        state = Reload(state);

        var fired = kit.Semantics.FireTimer(state, first.TimerId);

        Assert.Equal(TestClock.DefaultStart.AddDays(1), first.DueAt);
        Assert.Equal(TestClock.DefaultStart.AddDays(2), fired.OfType<TimerScheduled>().Single().DueAt);
        Assert.Equal(["work", "events", "handle"], state.ActiveElementInstances.Select(e => e.ElementId));
    }

    [Fact]
    public void Interrupting_ClosesTheScopesOtherEventSubProcessWaits()
    {
        var body = Body("", MessageDefinition("m")) + $"""
            <bpmn:subProcess id="reminders" triggeredByEvent="true">
              <bpmn:startEvent id="remindStart" isInterrupting="false">{TimerDefinition("timeCycle", "R/P1D")}</bpmn:startEvent>
              <bpmn:endEvent id="remindEnd" />
              {Flow("r1", "remindStart", "remindEnd")}
            </bpmn:subProcess>
            """;
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(body, Messages), Vars(("code", FeelValue.String("PA-5"))));
        var reminder = Subscription(state, "remindStart").Id;
        state = Reload(state);

        var events = kit.Semantics.CorrelateMessage(state, Subscription(state, "eventStart").Id, NoVars);

        Assert.Equal(["message correlated withdraw", "timer cancelled", "terminated work", "activated events"], Trace(events).Take(4));
        Assert.Equal(reminder, events.OfType<TimerCancelled>().Single().TimerId);
        Assert.Empty(state.Subscriptions);
    }
}
