using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class InstanceSnapshotTests
{
    private static readonly string Body = $"""
        <bpmn:startEvent id="start" />
        <bpmn:parallelGateway id="fork" />
        <bpmn:subProcess id="sub">
          <bpmn:extensionElements><zeebe:ioMapping><zeebe:input source="=1" target="local" /></zeebe:ioMapping></bpmn:extensionElements>
          <bpmn:startEvent id="subStart" />
          {ServiceTask("inner", "inner")}
          <bpmn:endEvent id="subEnd" />
          {Flow("s1", "subStart", "inner")}
          {Flow("s2", "inner", "subEnd")}
        </bpmn:subProcess>
        {ServiceTask("b", "b")}
        <bpmn:parallelGateway id="join" />
        <bpmn:endEvent id="end" />
        {Flow("f1", "start", "fork")}
        {Flow("toSub", "fork", "sub")}
        {Flow("toB", "fork", "b")}
        {Flow("fromSub", "sub", "join")}
        {Flow("fromB", "b", "join")}
        {Flow("f2", "join", "end")}
        """;

    [Fact]
    public void Snapshot_WrittenAndRead_GivesTheSameSnapshot()
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(Body), Vars(("when", FeelValue.Date(new DateOnly(2026, 3, 2)))));
        kit.Semantics.CompleteWait(state, Waiting(state, "b"), NoVars);

        var written = InstanceSnapshot.Write(state);
        var read = InstanceSnapshot.Read(written, state.Model);

        Assert.Equal(written, InstanceSnapshot.Write(read));
        Assert.Equal(["sub", "inner", "join"], read.ActiveElementInstances.Select(e => e.ElementId));
        Assert.Equal(["fromB"], read.FindElementInstance(Waiting(read, "join"))!.ArrivedFlows);
        Assert.Equal(FeelValue.Number(1), read.VariablesOf(Waiting(read, "sub"))["local"]);
    }

    [Fact]
    public void ReloadedInstance_Continues_ToTheSameEnd()
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(Body), NoVars);
        state = Reload(state);
        kit.Semantics.CompleteWait(state, Waiting(state, "inner"), Vars(("x", FeelValue.String("đã xử lý"))));
        state = Reload(state);
        var events = kit.Semantics.CompleteWait(state, Waiting(state, "b"), NoVars);

        Assert.Equal(InstanceStatus.Completed, state.Status);
        Assert.Contains("end", Completed(events));
        Assert.Equal(FeelValue.String("đã xử lý"), Reload(state).VariablesOf(state.Id)["x"]);
    }

    [Fact]
    public void TemporalVariable_IsStoredAsIsoText_LikeZeebe()
    {
        var (state, events) = new RuntimeKit().Semantics.Start(Process(Body), Vars(("when", FeelValue.Date(new DateOnly(2026, 3, 2)))));

        Assert.Equal(FeelValue.String("2026-03-02"), state.VariablesOf(state.Id)["when"]);
        Assert.Equal(FeelValue.String("2026-03-02"), events.OfType<VariableSet>().Single(v => v.Name == "when").Value);
    }

    [Fact]
    public void Snapshot_KeepsSubscriptionsAndIncidents()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:parallelGateway id="fork" />
            {ServiceTask("work", "work", """<zeebe:ioMapping><zeebe:input source="=code" target="localCode" /></zeebe:ioMapping>""")}
            {Boundary("late", "work", TimerDefinition("timeCycle", "R3/PT1H"), interrupting: false)}
            {Boundary("update", "work", MessageDefinition("m"), interrupting: false)}
            <bpmn:endEvent id="fail"><bpmn:errorEventDefinition errorRef="e" /></bpmn:endEvent>
            <bpmn:endEvent id="e1" />
            <bpmn:endEvent id="e2" />
            {Flow("f1", "start", "fork")}
            {Flow("f2", "fork", "work")}
            {Flow("f3", "fork", "fail")}
            {Flow("f4", "late", "e1")}
            {Flow("f5", "update", "e2")}
            """;
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(
            Process(body, Message("m", "update", "=localCode") + """<bpmn:error id="e" errorCode="E" />"""), Vars(("code", FeelValue.String("PA-8"))));

        var written = InstanceSnapshot.Write(state);
        var read = InstanceSnapshot.Read(written, state.Model);

        Assert.Equal(written, InstanceSnapshot.Write(read));
        Assert.Equal(state.Subscriptions, read.Subscriptions);
        var timer = Subscription(read, "late");
        Assert.Equal((SubscriptionKind.Timer, Waiting(read, "work"), 2, "PT1H"), (timer.Kind, timer.ElementInstanceId, timer.RepetitionsLeft, timer.Interval));
        Assert.Equal(("update", "PA-8"), (Subscription(read, "update").MessageName, Subscription(read, "update").CorrelationKey));
        Assert.Equal(IncidentStep.Activation, read.FindElementInstance(Waiting(read, "fail"))!.Incident);
    }
}
