using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class StartEventTests
{
    private static readonly string Body = $"""
        <bpmn:startEvent id="start" />
        <bpmn:startEvent id="byMessage">{MessageDefinition("m")}</bpmn:startEvent>
        <bpmn:startEvent id="daily">{TimerDefinition("timeCycle", "R/P1D")}</bpmn:startEvent>
        {ServiceTask("work", "work")}
        {ServiceTask("digest", "digest")}
        {Flow("f1", "start", "work")}
        {Flow("f2", "byMessage", "work")}
        {Flow("f3", "daily", "digest")}
        """;

    [Theory]
    [InlineData("byMessage", "work")]
    [InlineData("daily", "digest")]
    [InlineData("start", "work")]
    public void Start_AtAGivenStartEvent_BeginsThere(string startId, string waiting)
    {
        var (state, events) = new RuntimeKit().Semantics.Start(
            Process(Body, Message("m", "report-received", "=code")), Vars(("code", FeelValue.String("PA-1"))), startId);

        Assert.Equal([$"activated {startId}", $"completed {startId}"], Trace(events).Where(t => t.EndsWith(startId, StringComparison.Ordinal)));
        Assert.Equal([waiting], state.ActiveElementInstances.Select(e => e.ElementId));
        Assert.Empty(state.Subscriptions);
        Assert.Equal(FeelValue.String("PA-1"), state.VariablesOf(state.Id)["code"]);
    }

    [Fact]
    public void Start_AtAnElementThatIsNoProcessStartEvent_Throws()
    {
        var kit = new RuntimeKit();

        Assert.Throws<ArgumentException>(() => kit.Semantics.Start(Process(Body, Message("m", "report-received", "=code")), NoVars, "work"));
    }

    [Fact]
    public void Cancel_ClosesEveryOpenSubscription_WithAnEventEach()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:parallelGateway id="fork" />
            {ServiceTask("work", "work")}
            {Boundary("late", "work", TimerDefinition("timeDuration", "PT1H"))}
            <bpmn:receiveTask id="receive" messageRef="m" />
            <bpmn:endEvent id="lateEnd" />
            {Flow("f1", "start", "fork")}
            {Flow("f2", "fork", "work")}
            {Flow("f3", "fork", "receive")}
            {Flow("f4", "late", "lateEnd")}
            <bpmn:subProcess id="events" triggeredByEvent="true">
              <bpmn:startEvent id="eventStart" isInterrupting="false">{MessageDefinition("m")}</bpmn:startEvent>
              <bpmn:endEvent id="eventEnd" />
              {Flow("e1", "eventStart", "eventEnd")}
            </bpmn:subProcess>
            """;
        var kit = new RuntimeKit();
        var (state, started) = kit.Semantics.Start(Process(body, Message("m", "update", "=code")), Vars(("code", FeelValue.String("PA-2"))));
        var opened = started.OfType<TimerScheduled>().Select(t => t.TimerId).Concat(started.OfType<MessageSubscriptionOpened>().Select(m => m.SubscriptionId)).ToHashSet();
        state = Reload(state);

        var cancelled = kit.Semantics.Cancel(state);

        Assert.Equal(3, opened.Count);
        Assert.Equal(
            ["timer cancelled", "terminated work", "message closed", "terminated receive", "message closed", "instance terminated"],
            Trace(cancelled));
        Assert.Equal(opened, cancelled.OfType<TimerCancelled>().Select(t => t.TimerId).Concat(cancelled.OfType<MessageSubscriptionClosed>().Select(m => m.SubscriptionId)).ToHashSet());
        Assert.Empty(state.Subscriptions);
        Assert.Empty(Reload(state).Subscriptions);
    }
}
