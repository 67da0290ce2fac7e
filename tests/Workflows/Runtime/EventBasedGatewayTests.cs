using LaiChau.Testing;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class EventBasedGatewayTests
{
    private static readonly string Body = $"""
        <bpmn:startEvent id="start" />
        <bpmn:eventBasedGateway id="gw" />
        <bpmn:intermediateCatchEvent id="reply">{MessageDefinition("m")}</bpmn:intermediateCatchEvent>
        <bpmn:intermediateCatchEvent id="timeout">{TimerDefinition("timeDuration", "P3D")}</bpmn:intermediateCatchEvent>
        <bpmn:receiveTask id="documents" messageRef="d" />
        {ServiceTask("process", "process")}
        {ServiceTask("remind", "remind")}
        {ServiceTask("file", "file")}
        {Flow("f1", "start", "gw")}
        {Flow("toReply", "gw", "reply")}
        {Flow("toTimeout", "gw", "timeout")}
        {Flow("toDocuments", "gw", "documents")}
        {Flow("f2", "reply", "process")}
        {Flow("f3", "timeout", "remind")}
        {Flow("f4", "documents", "file")}
        """;

    private static (RuntimeKit Kit, ProcessInstanceState State, IReadOnlyList<RuntimeEvent> Started) Begin()
    {
        var kit = new RuntimeKit();
        var (state, started) = kit.Semantics.Start(
            Process(Body, Message("m", "reply", "=code") + Message("d", "documents", "=code")), Vars(("code", FeelValue.String("PA-9"))));
        return (kit, Reload(state), started);
    }

    [Fact]
    public void Gateway_Activates_OpensAWaitForEveryFollowingEvent()
    {
        var (_, state, started) = Begin();

        Assert.Equal(["message opened reply", "timer scheduled timeout", "message opened documents"], Trace(started).Where(t => t.Contains("opened") || t.Contains("scheduled")));
        Assert.All(state.Subscriptions, s => Assert.Equal(Waiting(state, "gw"), s.ElementInstanceId));
        Assert.Equal(TestClock.DefaultStart.AddDays(3), Subscription(state, "timeout").DueAt);
        Assert.Equal(["gw"], state.ActiveElementInstances.Select(e => e.ElementId));
    }

    [Fact]
    public void TimerWins_TheMessagesAreClosed()
    {
        var (kit, state, _) = Begin();
        var reply = Subscription(state, "reply").Id;

        var fired = kit.Semantics.FireTimer(state, Subscription(state, "timeout").Id);

        Assert.Equal(
            ["timer fired", "message closed", "message closed", "completed gw", "flow toTimeout", "activated timeout", "completed timeout", "flow f3", "activated remind", "job remind"],
            Trace(fired));
        Assert.Empty(state.Subscriptions);
        Assert.Empty(kit.Semantics.CorrelateMessage(Reload(state), reply, NoVars));
    }

    [Fact]
    public void MessageWins_TheTimerIsCancelledAndTheVariablesArrive()
    {
        var (kit, state, _) = Begin();
        var timer = Subscription(state, "timeout").Id;

        var correlated = kit.Semantics.CorrelateMessage(state, Subscription(state, "reply").Id, Vars(("answer", FeelValue.String("có"))));

        Assert.Equal(
            ["message correlated reply", "timer cancelled", "message closed", "completed gw", "flow toReply", "activated reply", "variable answer", "completed reply", "flow f2", "activated process", "job process"],
            Trace(correlated));
        Assert.Equal(timer, correlated.OfType<TimerCancelled>().Single().TimerId);
        Assert.Equal(FeelValue.String("có"), state.VariablesOf(state.Id)["answer"]);
        Assert.Empty(kit.Semantics.FireTimer(Reload(state), timer));
    }

    [Fact]
    public void ReceiveTaskWins_ItCompletesAtOnce()
    {
        var (kit, state, _) = Begin();

        var correlated = kit.Semantics.CorrelateMessage(state, Subscription(state, "documents").Id, NoVars);

        Assert.Equal(["completed documents", "flow f4", "activated file", "job file"], Trace(correlated).TakeLast(4));
        Assert.Equal(["file"], state.ActiveElementInstances.Select(e => e.ElementId));
    }
}
