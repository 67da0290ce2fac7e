using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class ParallelGatewayTests
{
    private static readonly string Body = $"""
        <bpmn:startEvent id="start" />
        <bpmn:parallelGateway id="fork" />
        {ServiceTask("a", "a")}
        {ServiceTask("b", "b")}
        <bpmn:parallelGateway id="join" />
        {ServiceTask("after", "after")}
        {Flow("f1", "start", "fork")}
        {Flow("toA", "fork", "a")}
        {Flow("toB", "fork", "b")}
        {Flow("fromA", "a", "join")}
        {Flow("fromB", "b", "join")}
        {Flow("f2", "join", "after")}
        """;

    [Fact]
    public void ParallelFork_Start_WaitsOnBothBranches()
    {
        var (state, events) = new RuntimeKit().Semantics.Start(Process(Body), NoVars);

        Assert.Equal(["a", "b"], state.ActiveElementInstances.Select(e => e.ElementId));
        Assert.Equal(2, events.OfType<JobCreated>().Count());
    }

    [Theory]
    [InlineData("a", "b")]
    [InlineData("b", "a")]
    public void ParallelJoin_InEitherArrivalOrder_FiresOnceAfterBoth(string first, string second)
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(Body), NoVars);

        var afterFirst = kit.Semantics.CompleteWait(state, Waiting(state, first), NoVars);
        var waitingJoin = Assert.Single(state.ActiveElementInstances, e => e.ElementId == "join");
        var afterSecond = kit.Semantics.CompleteWait(state, Waiting(state, second), NoVars);

        Assert.DoesNotContain("join", Completed(afterFirst));
        Assert.Empty(afterFirst.OfType<JobCreated>());
        Assert.Equal([second, "join"], Completed(afterSecond));
        Assert.Equal("after", Assert.Single(afterSecond.OfType<JobCreated>()).Type);
        Assert.Single(state.ElementInstances, e => e.ElementId == "join");
        Assert.Equal(["fromA", "fromB"], waitingJoin.ArrivedFlows.Order(StringComparer.Ordinal));
        Assert.Equal("after", Assert.Single(state.ActiveElementInstances).ElementId);
    }

    [Fact]
    public void ParallelJoin_TwoArrivalsOnTheSameFlow_WaitForTheNextRound()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:parallelGateway id="fork" />
            {ServiceTask("a1", "a")}
            {ServiceTask("a2", "a")}
            <bpmn:exclusiveGateway id="merge" />
            {ServiceTask("b", "b")}
            <bpmn:parallelGateway id="join" />
            {ServiceTask("after", "after")}
            {Flow("f1", "start", "fork")}
            {Flow("toA1", "fork", "a1")}
            {Flow("toA2", "fork", "a2")}
            {Flow("toB", "fork", "b")}
            {Flow("a1m", "a1", "merge")}
            {Flow("a2m", "a2", "merge")}
            {Flow("fromA", "merge", "join")}
            {Flow("fromB", "b", "join")}
            {Flow("f2", "join", "after")}
            """;
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(body), NoVars);

        kit.Semantics.CompleteWait(state, Waiting(state, "a1"), NoVars);
        kit.Semantics.CompleteWait(state, Waiting(state, "a2"), NoVars);
        var joins = state.ActiveElementInstances.Where(e => e.ElementId == "join").ToList();
        var afterB = kit.Semantics.CompleteWait(state, Waiting(state, "b"), NoVars);

        Assert.Equal(2, joins.Count);
        Assert.Single(afterB.OfType<JobCreated>());
        Assert.Equal(ElementInstanceState.Completed, joins[0].State);
        Assert.Equal(["fromA"], Assert.Single(state.ActiveElementInstances, e => e.ElementId == "join").ArrivedFlows);
    }
}
