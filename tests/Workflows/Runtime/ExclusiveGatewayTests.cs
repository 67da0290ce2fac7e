using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class ExclusiveGatewayTests
{
    private static string Body(bool withDefault) => $"""
        <bpmn:startEvent id="start" />
        <bpmn:exclusiveGateway id="gw" {(withDefault ? "default=\"toNormal\"" : "")} />
        {ServiceTask("urgent", "urgent")}
        {ServiceTask("urgent2", "urgent2")}
        {(withDefault ? ServiceTask("normal", "normal") : "")}
        {Flow("f1", "start", "gw")}
        {Flow("toUrgent", "gw", "urgent", "=level &gt; 2")}
        {Flow("toUrgent2", "gw", "urgent2", "=level &gt; 1")}
        {(withDefault ? Flow("toNormal", "gw", "normal") : "")}
        """;

    [Fact]
    public void ExclusiveGateway_TwoConditionsTrue_TakesTheFirstInDocumentOrder()
    {
        var (state, events) = new RuntimeKit().Semantics.Start(Process(Body(true)), Vars(("level", FeelValue.Number(3))));

        Assert.Equal(["f1", "toUrgent"], events.OfType<FlowTaken>().Select(f => f.FlowId));
        Assert.Equal("urgent", Assert.Single(state.ActiveElementInstances).ElementId);
    }

    [Fact]
    public void ExclusiveGateway_NoConditionTrue_TakesTheDefault()
    {
        var (state, _) = new RuntimeKit().Semantics.Start(Process(Body(true)), Vars(("level", FeelValue.Number(0))));

        Assert.Equal("normal", Assert.Single(state.ActiveElementInstances).ElementId);
    }

    [Fact]
    public void ExclusiveGateway_ConditionOnMissingVariable_IsFalseNotAnError()
    {
        var (state, _) = new RuntimeKit().Semantics.Start(Process(Body(true)), NoVars);

        Assert.Equal("normal", Assert.Single(state.ActiveElementInstances).ElementId);
    }

    [Fact]
    public void ExclusiveGateway_NothingMatchesAndNoDefault_RaisesIncidentAndTheTokenStays()
    {
        var (state, events) = new RuntimeKit().Semantics.Start(Process(Body(false)), Vars(("level", FeelValue.Number(0))));

        var incident = Assert.Single(events.OfType<IncidentRaised>());
        var gateway = Assert.Single(state.ActiveElementInstances);
        Assert.Equal(("gw", gateway.Id), (gateway.ElementId, incident.ElementInstanceId));
        Assert.Equal(InstanceStatus.Active, state.Status);
        Assert.DoesNotContain("gw", Completed(events));
    }

    [Fact]
    public void ExclusiveGateway_ConditionFailsToEvaluate_RaisesIncidentOnTheGateway()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:exclusiveGateway id="gw" default="other" />
            {ServiceTask("a", "a")}
            {ServiceTask("b", "b")}
            {Flow("f1", "start", "gw")}
            {Flow("huge", "gw", "a", "=count(for i in 1..200000 return i) &gt; 0")}
            {Flow("other", "gw", "b")}
            """;

        var (state, events) = new RuntimeKit().Semantics.Start(Process(body), NoVars);

        Assert.Equal(Waiting(state, "gw"), Assert.Single(events.OfType<IncidentRaised>()).ElementInstanceId);
        Assert.Empty(events.OfType<JobCreated>());
    }
}
