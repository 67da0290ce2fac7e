using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class IoMappingTests
{
    private static readonly string Body = $"""
        <bpmn:startEvent id="start" />
        {ServiceTask("score", "score", """
            <zeebe:ioMapping>
              <zeebe:input source="=base + 1" target="local" />
              <zeebe:output source="=raw * local" target="total" />
            </zeebe:ioMapping>
            """)}
        {ServiceTask("next", "next")}
        {Flow("f1", "start", "score")}
        {Flow("f2", "score", "next")}
        """;

    [Fact]
    public void InputMapping_BeforeTheTaskRuns_CreatesALocalVariable()
    {
        var (state, events) = new RuntimeKit().Semantics.Start(Process(Body), Vars(("base", FeelValue.Number(1))));

        var task = Waiting(state, "score");
        Assert.Equal(FeelValue.Number(2), state.VariablesOf(task)["local"]);
        Assert.Contains(events.OfType<VariableSet>(), v => v.Scope == task && v.Name == "local");
        Assert.False(state.VariablesOf(state.Id).ContainsKey("local"));
    }

    [Fact]
    public void OutputMapping_OnCompletion_WritesOnlyTheMappedTargetToTheFlowScope()
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(Body), Vars(("base", FeelValue.Number(1))));

        var task = Waiting(state, "score");
        kit.Semantics.CompleteWait(state, task, Vars(("raw", FeelValue.Number(21))));

        var root = state.VariablesOf(state.Id);
        Assert.Equal(FeelValue.Number(42), root["total"]);
        Assert.False(root.ContainsKey("raw"));
        Assert.False(root.ContainsKey("local"));
        Assert.Empty(state.VariablesOf(task));
    }

    [Fact]
    public void CompleteWait_NoOutputMappings_UpdatesTheNearestScopeThatDefinesTheName()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:subProcess id="sub">
              <bpmn:extensionElements><zeebe:ioMapping><zeebe:input source="=0" target="count" /></zeebe:ioMapping></bpmn:extensionElements>
              <bpmn:startEvent id="subStart" />
              {ServiceTask("inner", "inner")}
              {ServiceTask("review", "review")}
              {Flow("s1", "subStart", "inner")}
              {Flow("s2", "inner", "review")}
            </bpmn:subProcess>
            {Flow("f1", "start", "sub")}
            """;
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(body), NoVars);
        var sub = Waiting(state, "sub");

        kit.Semantics.CompleteWait(state, Waiting(state, "inner"), Vars(("count", FeelValue.Number(5)), ("other", FeelValue.True)));

        Assert.Equal(FeelValue.Number(5), state.VariablesOf(sub)["count"]);
        Assert.False(state.VariablesOf(state.Id).ContainsKey("count"));
        Assert.Equal(FeelValue.True, state.VariablesOf(state.Id)["other"]);
    }

    [Fact]
    public void InputMapping_ExpressionFails_RaisesIncidentAndTheTokenStays()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            {ServiceTask("t", "t", """<zeebe:ioMapping><zeebe:input source="=for i in 1..200000 return i" target="x" /></zeebe:ioMapping>""")}
            {Flow("f1", "start", "t")}
            """;

        var (state, events) = new RuntimeKit().Semantics.Start(Process(body), NoVars);

        Assert.Equal(Waiting(state, "t"), Assert.Single(events.OfType<IncidentRaised>()).ElementInstanceId);
        Assert.Empty(events.OfType<JobCreated>());
    }
}
