using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class EventDeterminismTests
{
    private static readonly string Body = $"""
        <bpmn:startEvent id="start" />
        <bpmn:parallelGateway id="fork" />
        {ServiceTask("work", "work")}
        {Boundary("late", "work", TimerDefinition("timeCycle", "R2/P1D"), interrupting: false)}
        {Boundary("update", "work", MessageDefinition("m"))}
        <bpmn:eventBasedGateway id="gw" />
        <bpmn:intermediateCatchEvent id="reply">{MessageDefinition("m")}</bpmn:intermediateCatchEvent>
        <bpmn:intermediateCatchEvent id="timeout">{TimerDefinition("timeDuration", "P3D")}</bpmn:intermediateCatchEvent>
        <bpmn:endEvent id="e1" />
        <bpmn:endEvent id="e2" />
        <bpmn:endEvent id="e3" />
        <bpmn:endEvent id="e4" />
        {Flow("f1", "start", "fork")}
        {Flow("f2", "fork", "work")}
        {Flow("f3", "fork", "gw")}
        {Flow("f4", "gw", "reply")}
        {Flow("f5", "gw", "timeout")}
        {Flow("f6", "late", "e1")}
        {Flow("f7", "update", "e2")}
        {Flow("f8", "reply", "e3")}
        {Flow("f9", "timeout", "e4")}
        """;

    private static string[] Run()
    {
        var kit = new RuntimeKit();
        var (state, events) = kit.Semantics.Start(Process(Body, Message("m", "update", "=code")), Vars(("code", FeelValue.String("PA-1"))));
        var all = events.ToList();
        state = Reload(state);
        all.AddRange(kit.Semantics.FireTimer(state, Subscription(state, "late").Id));
        state = Reload(state);
        all.AddRange(kit.Semantics.FireTimer(state, Subscription(state, "timeout").Id));
        state = Reload(state);
        all.AddRange(kit.Semantics.CorrelateMessage(state, Subscription(state, "update").Id, Vars(("x", FeelValue.Number(1)))));
        Assert.Equal(InstanceStatus.Completed, state.Status);
        Assert.Empty(state.Subscriptions);
        return [.. all.Select(e => e.ToString())];
    }

    [Fact]
    public void SameCommandsTwice_SameEventsWithTheSameIds()
    {
        Assert.Equal(Run(), Run());
    }

    [Fact]
    public void EverySubscriptionOpened_EndsWithExactlyOneEvent()
    {
        var kit = new RuntimeKit();
        var (state, events) = kit.Semantics.Start(Process(Body, Message("m", "update", "=code")), Vars(("code", FeelValue.String("PA-1"))));
        var all = events.ToList();
        all.AddRange(kit.Semantics.FireTimer(state, Subscription(state, "late").Id));
        all.AddRange(kit.Semantics.CorrelateMessage(state, Subscription(state, "reply").Id, NoVars));
        all.AddRange(kit.Semantics.Cancel(state));

        var opened = all.OfType<TimerScheduled>().Select(t => t.TimerId).Concat(all.OfType<MessageSubscriptionOpened>().Select(m => m.SubscriptionId)).ToList();
        var ended = all.OfType<TimerFired>().Select(t => t.TimerId)
            .Concat(all.OfType<TimerCancelled>().Select(t => t.TimerId))
            .Concat(all.OfType<MessageCorrelated>().Select(m => m.SubscriptionId))
            .Concat(all.OfType<MessageSubscriptionClosed>().Select(m => m.SubscriptionId)).ToList();

        Assert.Equal(5, opened.Count); // late, update, reply, timeout, then late re-armed
        Assert.Equal(opened.Order(), ended.Order());
    }
}
