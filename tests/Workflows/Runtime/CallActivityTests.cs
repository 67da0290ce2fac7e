using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class CallActivityTests
{
    private static string Body(string called, string extra = "", string mappings = "") => $"""
        <bpmn:startEvent id="start" />
        <bpmn:callActivity id="call">
          <bpmn:extensionElements><zeebe:calledElement processId="{called}" {extra} />{mappings}</bpmn:extensionElements>
        </bpmn:callActivity>
        {ServiceTask("after", "after")}
        {Flow("f1", "start", "call")}
        {Flow("f2", "call", "after")}
        """;

    [Fact]
    public void Activation_EmitsCallActivityStarted_WithEveryVisibleVariable_AndWaits()
    {
        var mappings = """<zeebe:ioMapping><zeebe:input source="=a + 1" target="b" /></zeebe:ioMapping>""";
        var (state, events) = new RuntimeKit().Semantics.Start(Process(Body("=child", mappings: mappings)), Vars(("a", FeelValue.Number(1)), ("child", FeelValue.String("inspection"))));

        var started = Assert.Single(events.OfType<CallActivityStarted>());
        Assert.Equal((Waiting(state, "call"), "inspection"), (started.ElementInstanceId, started.ProcessId));
        Assert.Equal(["a", "child", "b"], started.Variables.Keys);
        Assert.Equal(FeelValue.Number(2), started.Variables["b"]);
        Assert.Equal(["call"], state.ActiveElementInstances.Select(e => e.ElementId));
    }

    [Fact]
    public void WithoutParentPropagation_PassesOnlyTheInputMappings()
    {
        var mappings = """<zeebe:ioMapping><zeebe:input source="=a" target="only" /></zeebe:ioMapping>""";
        var (_, events) = new RuntimeKit().Semantics.Start(Process(Body("inspection", """propagateAllParentVariables="false" """, mappings)), Vars(("a", FeelValue.Number(1))));

        var started = Assert.Single(events.OfType<CallActivityStarted>());
        Assert.Equal("inspection", started.ProcessId);
        Assert.Equal(["only"], started.Variables.Keys);
    }

    [Fact]
    public void Complete_PropagatesTheChildVariables_AndContinues()
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(Body("inspection")), NoVars);

        state = Reload(state);
        var events = kit.Semantics.CompleteCallActivity(state, Waiting(state, "call"), Vars(("verdict", FeelValue.String("ok"))));

        Assert.Equal(["call"], Completed(events));
        Assert.Equal(FeelValue.String("ok"), state.VariablesOf(state.Id)["verdict"]);
        Assert.Equal("after", Assert.Single(events.OfType<JobCreated>()).Type);
    }

    [Fact]
    public void Complete_WithoutChildPropagation_KeepsOnlyOutputMappings()
    {
        var mappings = """<zeebe:ioMapping><zeebe:output source="=verdict" target="result" /></zeebe:ioMapping>""";
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(Body("inspection", """propagateAllChildVariables="false" """, mappings)), NoVars);

        kit.Semantics.CompleteCallActivity(state, Waiting(state, "call"), Vars(("verdict", FeelValue.String("ok")), ("noise", FeelValue.Number(1))));

        Assert.Equal(["result"], state.VariablesOf(state.Id).Keys);
        Assert.Equal(FeelValue.String("ok"), state.VariablesOf(state.Id)["result"]);
    }

    [Fact]
    public void Complete_WithoutChildPropagationOrOutputs_SetsNothing()
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(Body("inspection", """propagateAllChildVariables="false" """)), NoVars);

        var events = kit.Semantics.CompleteCallActivity(state, Waiting(state, "call"), Vars(("verdict", FeelValue.String("ok"))));

        Assert.Empty(events.OfType<VariableSet>());
        Assert.Empty(state.VariablesOf(state.Id));
    }

    [Fact]
    public void CompleteCallActivity_OnSomethingElse_Throws()
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(Body("inspection")), NoVars);
        kit.Semantics.CompleteCallActivity(state, Waiting(state, "call"), NoVars);

        Assert.Throws<InvalidOperationException>(() => kit.Semantics.CompleteCallActivity(state, Waiting(state, "after"), NoVars));
    }

    [Fact]
    public void ProcessIdEvaluatingToNull_RaisesAnIncident()
    {
        var (state, events) = new RuntimeKit().Semantics.Start(Process(Body("=missing")), NoVars);

        Assert.Equal(Waiting(state, "call"), Assert.Single(events.OfType<IncidentRaised>()).ElementInstanceId);
        Assert.Empty(events.OfType<CallActivityStarted>());
    }

    [Fact]
    public void Cancel_TerminatesTheWaitingCallActivity()
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(Body("inspection")), NoVars);

        var events = kit.Semantics.Cancel(state);

        Assert.Equal("call", Assert.Single(events.OfType<ElementTerminated>()).ElementId);
    }

    [Fact]
    public void MultiInstanceCallActivity_StartsOneChildPerItem_WithItsItem()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:callActivity id="call">
              <bpmn:extensionElements><zeebe:calledElement processId="inspection" /></bpmn:extensionElements>
              <bpmn:multiInstanceLoopCharacteristics>
                <bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=[&quot;x&quot;, &quot;y&quot;]" inputElement="site" outputCollection="verdicts" outputElement="=verdict" /></bpmn:extensionElements>
              </bpmn:multiInstanceLoopCharacteristics>
            </bpmn:callActivity>
            <bpmn:endEvent id="end" />
            {Flow("f1", "start", "call")}
            {Flow("f2", "call", "end")}
            """;
        var kit = new RuntimeKit();
        var (state, events) = kit.Semantics.Start(Process(body), NoVars);
        var started = events.OfType<CallActivityStarted>().ToList();

        Assert.Equal(["x", "y"], started.Select(s => s.Variables["site"].AsString()));
        foreach (var call in started.AsEnumerable().Reverse())
        {
            state = Reload(state);
            kit.Semantics.CompleteCallActivity(state, call.ElementInstanceId, Vars(("verdict", FeelValue.String(call.Variables["site"].AsString() + "!"))));
        }

        Assert.Equal(InstanceStatus.Completed, state.Status);
        Assert.Equal(FeelValue.List([FeelValue.String("x!"), FeelValue.String("y!")]), state.VariablesOf(state.Id)["verdicts"]);
    }
}
