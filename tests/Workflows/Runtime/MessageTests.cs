using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class MessageTests
{
    private static string CatchThen(string catcher, string id) => $"""
        <bpmn:startEvent id="start" />
        {catcher}
        {ServiceTask("after", "after")}
        {Flow("f1", "start", id)}
        {Flow("f2", id, "after")}
        """;

    [Fact]
    public void MessageCatch_KeyFromFeel_OpensASubscriptionAndCorrelationContinues()
    {
        var body = CatchThen($"""<bpmn:intermediateCatchEvent id="reply">{MessageDefinition("m")}</bpmn:intermediateCatchEvent>""", "reply");
        var kit = new RuntimeKit();
        var (state, started) = kit.Semantics.Start(
            Process(body, Message("m", "citizen-reply", "=report.code")),
            Vars(("report", FeelValue.Context([new("code", FeelValue.String("PA-2026-000042"))]))));

        var opened = started.OfType<MessageSubscriptionOpened>().Single();
        var reply = Waiting(state, "reply");
        state = Reload(state);
        var correlated = kit.Semantics.CorrelateMessage(state, opened.SubscriptionId, Vars(("answer", FeelValue.String("đồng ý"))));

        Assert.Equal((reply, "reply", "citizen-reply", "PA-2026-000042"), (opened.ElementInstanceId, opened.ElementId, opened.MessageName, opened.CorrelationKey));
        Assert.Equal(["message correlated citizen-reply", "variable answer", "completed reply", "flow f2", "activated after", "job after"], Trace(correlated));
        Assert.Equal(FeelValue.String("đồng ý"), state.VariablesOf(state.Id)["answer"]);
        Assert.Empty(state.Subscriptions);
        Assert.Empty(kit.Semantics.CorrelateMessage(state, opened.SubscriptionId, NoVars));
    }

    [Fact]
    public void MessageCatch_OutputMapping_DecidesWhatReachesTheScope()
    {
        var body = CatchThen($"""
            <bpmn:intermediateCatchEvent id="reply">
              <bpmn:extensionElements><zeebe:ioMapping><zeebe:output source="=upper case(answer)" target="reply" /></zeebe:ioMapping></bpmn:extensionElements>
              {MessageDefinition("m")}
            </bpmn:intermediateCatchEvent>
            """, "reply");
        var kit = new RuntimeKit();
        var (state, started) = kit.Semantics.Start(Process(body, Message("m", "citizen-reply", "=code")), Vars(("code", FeelValue.Number(42))));

        kit.Semantics.CorrelateMessage(state, started.OfType<MessageSubscriptionOpened>().Single().SubscriptionId, Vars(("answer", FeelValue.String("ok"))));

        Assert.Equal("42", started.OfType<MessageSubscriptionOpened>().Single().CorrelationKey);
        Assert.Equal(FeelValue.String("OK"), state.VariablesOf(state.Id)["reply"]);
        Assert.False(state.VariablesOf(state.Id).ContainsKey("answer"));
    }

    [Fact]
    public void MessageName_CanBeFeel()
    {
        var body = CatchThen($"""<bpmn:intermediateCatchEvent id="reply">{MessageDefinition("m")}</bpmn:intermediateCatchEvent>""", "reply");

        var (_, started) = new RuntimeKit().Semantics.Start(
            Process(body, Message("m", "=&quot;reply-&quot; + agency", "=code")), Vars(("agency", FeelValue.String("so-tnmt")), ("code", FeelValue.String("c"))));

        Assert.Equal("reply-so-tnmt", started.OfType<MessageSubscriptionOpened>().Single().MessageName);
    }

    [Fact]
    public void CorrelationKey_Missing_RaisesIncident_RetryAfterSetVariablesOpensTheSubscription()
    {
        var body = CatchThen($"""<bpmn:intermediateCatchEvent id="reply">{MessageDefinition("m")}</bpmn:intermediateCatchEvent>""", "reply");
        var kit = new RuntimeKit();
        var (state, started) = kit.Semantics.Start(Process(body, Message("m", "citizen-reply", "=code")), NoVars);
        var reply = Waiting(state, "reply");
        state = Reload(state);

        kit.Semantics.SetVariables(state, state.Id, Vars(("code", FeelValue.String("PA-1"))));
        state = Reload(state);
        var retried = kit.Semantics.RetryIncident(state, reply);

        Assert.Equal(reply, started.OfType<IncidentRaised>().Single().ElementInstanceId);
        Assert.Equal(["incident resolved", "message opened reply"], Trace(retried));
        Assert.Equal("PA-1", Subscription(state, "reply").CorrelationKey);
        Assert.Null(state.FindElementInstance(reply)!.Incident);
        Assert.Throws<InvalidOperationException>(() => kit.Semantics.RetryIncident(state, reply));
    }

    [Fact]
    public void ReceiveTask_WithMessageBoundary_EitherMessageDecides()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:receiveTask id="receive" messageRef="m" />
            {Boundary("withdrawn", "receive", MessageDefinition("w"))}
            {ServiceTask("after", "after")}
            {ServiceTask("close", "close")}
            {Flow("f1", "start", "receive")}
            {Flow("f2", "receive", "after")}
            {Flow("f3", "withdrawn", "close")}
            """;
        var model = Process(body, Message("m", "documents", "=code") + Message("w", "withdraw", "=code"));
        var kit = new RuntimeKit();
        var (state, started) = kit.Semantics.Start(model, Vars(("code", FeelValue.String("PA-7"))));

        Assert.Equal(["message opened withdrawn", "message opened receive"], Trace(started).Where(t => t.StartsWith("message", StringComparison.Ordinal)));
        state = Reload(state);
        var withdrawn = kit.Semantics.CorrelateMessage(state, Subscription(state, "withdrawn").Id, NoVars);

        Assert.Equal(["message correlated withdraw", "message closed", "terminated receive", "activated withdrawn", "completed withdrawn", "flow f3", "activated close", "job close"], Trace(withdrawn));
        Assert.Empty(state.Subscriptions);
    }

    [Fact]
    public void ReceiveTask_MessageArrives_Completes()
    {
        var body = CatchThen("""<bpmn:receiveTask id="receive" messageRef="m" />""", "receive");
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(body, Message("m", "documents", "=code")), Vars(("code", FeelValue.String("PA-7"))));

        state = Reload(state);
        var events = kit.Semantics.CorrelateMessage(state, Subscription(state, "receive").Id, NoVars);

        Assert.Equal(["message correlated documents", "completed receive", "flow f2", "activated after", "job after"], Trace(events));
    }

    [Fact]
    public void MessageThrowEvents_WithAJob_WaitForTheWorker()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:intermediateThrowEvent id="notify">
              <bpmn:extensionElements><zeebe:taskDefinition type="send-sms" /></bpmn:extensionElements>
              <bpmn:messageEventDefinition />
            </bpmn:intermediateThrowEvent>
            <bpmn:endEvent id="done">
              <bpmn:extensionElements><zeebe:taskDefinition type="send-mail" /></bpmn:extensionElements>
              <bpmn:messageEventDefinition />
            </bpmn:endEvent>
            {Flow("f1", "start", "notify")}
            {Flow("f2", "notify", "done")}
            """;
        var kit = new RuntimeKit();
        var (state, started) = kit.Semantics.Start(Process(body), NoVars);
        state = Reload(state);
        var afterThrow = kit.Semantics.CompleteWait(state, Waiting(state, "notify"), NoVars);
        state = Reload(state);
        var afterEnd = kit.Semantics.CompleteWait(state, Waiting(state, "done"), NoVars);

        Assert.Equal("send-sms", started.OfType<JobCreated>().Single().Type);
        Assert.Equal(["completed notify", "flow f2", "activated done", "job send-mail"], Trace(afterThrow));
        Assert.Equal(["completed done", "instance completed"], Trace(afterEnd));
    }
}
