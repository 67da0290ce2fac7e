using LaiChau.Testing;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class BoundaryEventTests
{
    private static string OnTask(string definition, bool interrupting) => $"""
        <bpmn:startEvent id="start" />
        {ServiceTask("work", "work")}
        {Boundary("late", "work", definition, interrupting)}
        {ServiceTask("remind", "remind")}
        <bpmn:endEvent id="end" />
        {Flow("f1", "start", "work")}
        {Flow("f2", "work", "end")}
        {Flow("f3", "late", "remind")}
        """;

    [Fact]
    public void InterruptingTimer_FiresBeforeTheTaskCompletes_TerminatesTheTaskAndLeavesByTheBoundary()
    {
        var kit = new RuntimeKit();
        var (state, started) = kit.Semantics.Start(Process(OnTask(TimerDefinition("timeDuration", "PT1H"), true)), NoVars);
        var task = Waiting(state, "work");
        state = Reload(state);

        var fired = kit.Semantics.FireTimer(state, Subscription(state, "late").Id);

        Assert.Equal(["activated work", "timer scheduled late", "job work"], Trace(started).Skip(4));
        Assert.Equal(["timer fired", "terminated work", "activated late", "completed late", "flow f3", "activated remind", "job remind"], Trace(fired));
        Assert.Equal(task, started.OfType<TimerScheduled>().Single().ElementInstanceId);
        Assert.Equal(["remind"], state.ActiveElementInstances.Select(e => e.ElementId));
        Assert.Throws<InvalidOperationException>(() => kit.Semantics.CompleteWait(state, task, NoVars));
    }

    [Fact]
    public void InterruptingTimer_TaskCompletesFirst_CancelsTheTimerAndALaterFiringIsANoOp()
    {
        var kit = new RuntimeKit();
        var (state, started) = kit.Semantics.Start(Process(OnTask(TimerDefinition("timeDuration", "PT1H"), true)), NoVars);
        var timer = started.OfType<TimerScheduled>().Single().TimerId;
        state = Reload(state);

        var completed = kit.Semantics.CompleteWait(state, Waiting(state, "work"), NoVars);
        state = Reload(state);

        Assert.Equal(["timer cancelled", "completed work", "flow f2", "activated end", "completed end", "instance completed"], Trace(completed));
        Assert.Equal(timer, completed.OfType<TimerCancelled>().Single().TimerId);
        Assert.Empty(kit.Semantics.FireTimer(state, timer));
    }

    [Fact]
    public void NonInterruptingCycle_FiresThreeTimesBesideTheTask_ThenStops()
    {
        var kit = new RuntimeKit();
        var (state, started) = kit.Semantics.Start(Process(OnTask(TimerDefinition("timeCycle", "R3/PT1H"), false)), NoVars);
        var dues = new List<DateTimeOffset> { started.OfType<TimerScheduled>().Single().DueAt };
        var ids = new List<Guid> { started.OfType<TimerScheduled>().Single().TimerId };

        for (var i = 1; i <= 3; i++)
        {
            state = Reload(state);
            kit.Clock.Advance(TimeSpan.FromHours(1));
            var fired = kit.Semantics.FireTimer(state, ids[^1]);
            Assert.Equal(["timer fired", .. i < 3 ? new[] { "timer scheduled late" } : [], "activated late", "completed late", "flow f3", "activated remind", "job remind"], Trace(fired));
            if (i < 3)
            {
                var next = fired.OfType<TimerScheduled>().Single();
                dues.Add(next.DueAt);
                ids.Add(next.TimerId);
            }
        }

        Assert.Equal([1, 2, 3], dues.Select(d => (int)(d - TestClock.DefaultStart).TotalHours));
        Assert.Equal(3, ids.Distinct().Count());
        Assert.Empty(state.Subscriptions);
        Assert.Equal(["work", "remind", "remind", "remind"], state.ActiveElementInstances.Select(e => e.ElementId));
    }

    [Fact]
    public void NonInterruptingCycle_TaskCompletes_CancelsTheReArmedTimer()
    {
        var kit = new RuntimeKit();
        var (state, started) = kit.Semantics.Start(Process(OnTask(TimerDefinition("timeCycle", "R/PT1H"), false)), NoVars);
        var rearmed = kit.Semantics.FireTimer(state, started.OfType<TimerScheduled>().Single().TimerId).OfType<TimerScheduled>().Single();
        state = Reload(state);

        var completed = kit.Semantics.CompleteWait(state, Waiting(state, "work"), NoVars);

        Assert.Equal(rearmed.TimerId, completed.OfType<TimerCancelled>().Single().TimerId);
        Assert.Equal(["remind"], state.ActiveElementInstances.Select(e => e.ElementId));
        Assert.Equal(InstanceStatus.Active, state.Status);
    }

    [Fact]
    public void InterruptingTimer_OnASubProcess_TerminatesInsideFirst()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:subProcess id="sub">
              <bpmn:startEvent id="subStart" />
              {ServiceTask("inner", "inner")}
              <bpmn:intermediateCatchEvent id="innerWait">{TimerDefinition("timeDuration", "PT5H")}</bpmn:intermediateCatchEvent>
              <bpmn:parallelGateway id="fork" />
              {Flow("s1", "subStart", "fork")}
              {Flow("s2", "fork", "inner")}
              {Flow("s3", "fork", "innerWait")}
            </bpmn:subProcess>
            {Boundary("late", "sub", TimerDefinition("timeDuration", "PT1H"))}
            <bpmn:endEvent id="lateEnd" />
            {Flow("f1", "start", "sub")}
            {Flow("f2", "late", "lateEnd")}
            """;
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(body), NoVars);
        var innerTimer = Subscription(state, "innerWait").Id;
        state = Reload(state);

        var fired = kit.Semantics.FireTimer(state, Subscription(state, "late").Id);

        Assert.Equal(
            ["timer fired", "terminated inner", "timer cancelled", "terminated innerWait", "terminated sub", "activated late", "completed late",
             "flow f2", "activated lateEnd", "completed lateEnd", "instance completed"],
            Trace(fired));
        Assert.Equal(innerTimer, fired.OfType<TimerCancelled>().Single().TimerId);
        Assert.Equal(InstanceStatus.Completed, state.Status);
    }

    [Fact]
    public void NonInterruptingMessage_CorrelatedTwice_RunsTwiceAndStaysOpenUnderANewId()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            {ServiceTask("work", "work", """<zeebe:ioMapping><zeebe:input source="=reportCode" target="code" /></zeebe:ioMapping>""")}
            {Boundary("update", "work", MessageDefinition("m"), interrupting: false)}
            {ServiceTask("remind", "remind")}
            {Flow("f1", "start", "work")}
            {Flow("f3", "update", "remind")}
            """;
        var kit = new RuntimeKit();
        var (state, started) = kit.Semantics.Start(
            Process(body, Message("m", "citizen-update", "=code")), Vars(("reportCode", FeelValue.String("PA-2026-000001"))));
        var opened = started.OfType<MessageSubscriptionOpened>().Single();

        state = Reload(state);
        var first = kit.Semantics.CorrelateMessage(state, opened.SubscriptionId, Vars(("note", FeelValue.String("một"))));
        state = Reload(state);
        var reopened = first.OfType<MessageSubscriptionOpened>().Single();
        var second = kit.Semantics.CorrelateMessage(state, reopened.SubscriptionId, Vars(("note", FeelValue.String("hai"))));

        Assert.Equal((Waiting(state, "work"), "update", "citizen-update", "PA-2026-000001"), (opened.ElementInstanceId, opened.ElementId, opened.MessageName, opened.CorrelationKey));
        Assert.Equal(["message correlated citizen-update", "message opened update", "activated update", "variable note", "completed update", "flow f3", "activated remind", "job remind"], Trace(first));
        Assert.NotEqual(opened.SubscriptionId, reopened.SubscriptionId);
        Assert.Equal(("citizen-update", "PA-2026-000001"), (reopened.MessageName, reopened.CorrelationKey));
        Assert.Equal("remind", Assert.Single(second.OfType<JobCreated>()).Type);
        Assert.Equal(FeelValue.String("hai"), state.VariablesOf(state.Id)["note"]);
        Assert.Empty(kit.Semantics.CorrelateMessage(state, opened.SubscriptionId, NoVars));
        Assert.Equal(["work", "remind", "remind"], state.ActiveElementInstances.Select(e => e.ElementId));
    }

    [Fact]
    public void InterruptingTimer_OnAReceiveTask_ClosesItsMessageWait_AndALateMessageIsANoOp()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:receiveTask id="receive" messageRef="m" />
            {Boundary("late", "receive", TimerDefinition("timeDuration", "P10D"))}
            <bpmn:endEvent id="end" />
            <bpmn:endEvent id="lateEnd" />
            {Flow("f1", "start", "receive")}
            {Flow("f2", "receive", "end")}
            {Flow("f3", "late", "lateEnd")}
            """;
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(body, Message("m", "documents", "=code")), Vars(("code", FeelValue.String("PA-6"))));
        var message = Subscription(state, "receive").Id;
        state = Reload(state);

        var fired = kit.Semantics.FireTimer(state, Subscription(state, "late").Id);
        state = Reload(state);

        Assert.Equal(["timer fired", "message closed", "terminated receive", "activated late", "completed late", "flow f3", "activated lateEnd", "completed lateEnd", "instance completed"], Trace(fired));
        Assert.Equal(message, fired.OfType<MessageSubscriptionClosed>().Single().SubscriptionId);
        Assert.Empty(kit.Semantics.CorrelateMessage(state, message, NoVars));
        Assert.Throws<InvalidOperationException>(() => kit.Semantics.SetVariables(state, state.Id, NoVars));
    }
}
