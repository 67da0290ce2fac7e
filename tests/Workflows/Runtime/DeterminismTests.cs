using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class DeterminismTests
{
    private static readonly string Body = $"""
        <bpmn:startEvent id="start" />
        <bpmn:task id="noop" />
        <bpmn:intermediateThrowEvent id="marker" />
        <bpmn:parallelGateway id="fork" />
        {ServiceTask("a", "a")}
        <bpmn:userTask id="b" />
        {Flow("f1", "start", "noop")}
        {Flow("f2", "noop", "marker")}
        {Flow("f3", "marker", "fork")}
        {Flow("toA", "fork", "a")}
        {Flow("toB", "fork", "b")}
        """;

    [Fact]
    public void Start_SameModelTwice_ProducesTheSameEvents()
    {
        var first = new RuntimeKit().Semantics.Start(Process(Body), NoVars).Events;
        var second = new RuntimeKit().Semantics.Start(Process(Body), NoVars).Events;

        Assert.Equal(first.Select(e => e.ToString()), second.Select(e => e.ToString()));
    }

    [Fact]
    public void Start_PassThroughElements_CompleteAtOnceInFlowOrder()
    {
        var (_, events) = new RuntimeKit().Semantics.Start(Process(Body), NoVars);

        Assert.Equal(["start", "noop", "marker", "fork"], Completed(events));
        Assert.Equal(["f1", "f2", "f3", "toA", "toB"], events.OfType<FlowTaken>().Select(f => f.FlowId));
        Assert.Single(events.OfType<JobCreated>());
        Assert.Single(events.OfType<UserTaskCreated>());
    }
}
