using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class SubProcessTests
{
    private static readonly string Body = $"""
        <bpmn:startEvent id="start" />
        <bpmn:subProcess id="sub">
          <bpmn:extensionElements><zeebe:ioMapping><zeebe:input source="=level * 10" target="localLevel" /></zeebe:ioMapping></bpmn:extensionElements>
          <bpmn:startEvent id="subStart" />
          <bpmn:exclusiveGateway id="subGw" default="toLow" />
          {ServiceTask("high", "high")}
          {ServiceTask("low", "low")}
          <bpmn:endEvent id="subEnd" />
          {Flow("s1", "subStart", "subGw")}
          {Flow("toHigh", "subGw", "high", "=localLevel &gt;= 20")}
          {Flow("toLow", "subGw", "low")}
          {Flow("s2", "high", "subEnd")}
          {Flow("s3", "low", "subEnd")}
        </bpmn:subProcess>
        {ServiceTask("after", "after")}
        {Flow("f1", "start", "sub")}
        {Flow("f2", "sub", "after")}
        """;

    [Fact]
    public void SubProcess_InputMapping_IsALocalVariableSeenByConditionsInside()
    {
        var (state, _) = new RuntimeKit().Semantics.Start(Process(Body), Vars(("level", FeelValue.Number(2))));

        var sub = Assert.Single(state.ActiveElementInstances, e => e.ElementId == "sub");
        var task = Assert.Single(state.ActiveElementInstances, e => e.ElementId != "sub");
        Assert.Equal(("high", (Guid?)sub.Id), (task.ElementId, task.ScopeId));
        Assert.Equal(FeelValue.Number(20), state.VariablesOf(sub.Id)["localLevel"]);
        Assert.False(state.VariablesOf(state.Id).ContainsKey("localLevel"));
    }

    [Fact]
    public void SubProcess_LastTokenInsideEnds_CompletesAndContinues()
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(Body), Vars(("level", FeelValue.Number(0))));

        var events = kit.Semantics.CompleteWait(state, Waiting(state, "low"), Vars(("result", FeelValue.String("ok"))));

        Assert.Equal(["low", "subEnd", "sub"], Completed(events));
        Assert.Equal("after", Assert.Single(events.OfType<JobCreated>()).Type);
        Assert.Equal(FeelValue.String("ok"), state.VariablesOf(state.Id)["result"]);
    }

    [Fact]
    public void SubProcess_ParallelJoinInside_CompletesTheSubProcessOnceBothBranchesArrive()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:subProcess id="sub">
              <bpmn:startEvent id="subStart" />
              <bpmn:parallelGateway id="fork" />
              {ServiceTask("a", "a")}
              {ServiceTask("b", "b")}
              <bpmn:parallelGateway id="join" />
              <bpmn:endEvent id="subEnd" />
              {Flow("s1", "subStart", "fork")}
              {Flow("toA", "fork", "a")}
              {Flow("toB", "fork", "b")}
              {Flow("fromA", "a", "join")}
              {Flow("fromB", "b", "join")}
              {Flow("s2", "join", "subEnd")}
            </bpmn:subProcess>
            <bpmn:endEvent id="end" />
            {Flow("f1", "start", "sub")}
            {Flow("f2", "sub", "end")}
            """;
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(body), NoVars);

        var afterB = kit.Semantics.CompleteWait(state, Waiting(state, "b"), NoVars);
        var a = Waiting(state, "a");
        var afterA = kit.Semantics.CompleteWait(state, a, NoVars);

        Assert.Equal(["b"], Completed(afterB));
        Assert.Equal(["a", "join", "subEnd", "sub", "end"], Completed(afterA));
        Assert.Equal(InstanceStatus.Completed, state.Status);
        Assert.Throws<InvalidOperationException>(() => kit.Semantics.CompleteWait(state, a, NoVars));
    }

    [Fact]
    public void SubProcess_OutputMapping_WritesItsLocalResultToTheProcessScope()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:subProcess id="sub">
              <bpmn:extensionElements><zeebe:ioMapping>
                <zeebe:input source="=1" target="step" />
                <zeebe:output source="=step + 1" target="steps" />
              </zeebe:ioMapping></bpmn:extensionElements>
              <bpmn:startEvent id="subStart" />
              <bpmn:endEvent id="subEnd" />
              {Flow("s1", "subStart", "subEnd")}
            </bpmn:subProcess>
            <bpmn:endEvent id="end" />
            {Flow("f1", "start", "sub")}
            {Flow("f2", "sub", "end")}
            """;

        var (state, _) = new RuntimeKit().Semantics.Start(Process(body), NoVars);

        Assert.Equal(InstanceStatus.Completed, state.Status);
        Assert.Equal(FeelValue.Number(2), state.VariablesOf(state.Id)["steps"]);
        Assert.False(state.VariablesOf(state.Id).ContainsKey("step"));
    }
}
