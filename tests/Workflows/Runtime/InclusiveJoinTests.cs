using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class InclusiveJoinTests
{
    /// <summary>fork → a / b / c (each when its flag is true, else nothing) → join → after.</summary>
    private static readonly string Body = $"""
        <bpmn:startEvent id="start" />
        <bpmn:inclusiveGateway id="fork" default="toNothing" />
        {ServiceTask("a", "a")}
        {ServiceTask("b", "b")}
        {ServiceTask("c", "c")}
        <bpmn:endEvent id="nothing" />
        <bpmn:inclusiveGateway id="join" />
        {ServiceTask("after", "after")}
        {Flow("f1", "start", "fork")}
        {Flow("toA", "fork", "a", "=wantA")}
        {Flow("toB", "fork", "b", "=wantB")}
        {Flow("toC", "fork", "c", "=wantC")}
        {Flow("toNothing", "fork", "nothing")}
        {Flow("fromA", "a", "join")}
        {Flow("fromB", "b", "join")}
        {Flow("fromC", "c", "join")}
        {Flow("f2", "join", "after")}
        """;

    public static TheoryData<string[]> Orders() => new()
    {
        new[] { "a", "b" }, new[] { "b", "a" }, new[] { "a", "c" }, new[] { "c", "b" },
        new[] { "a", "b", "c" }, new[] { "a", "c", "b" }, new[] { "b", "a", "c" },
        new[] { "b", "c", "a" }, new[] { "c", "a", "b" }, new[] { "c", "b", "a" },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public void InclusiveJoin_TakenBranchesInAnyOrder_FiresOnceAfterTheLast(string[] order)
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(Body), Flags(order));

        Assert.Equal(order.Order(StringComparer.Ordinal), state.ActiveElementInstances.Select(e => e.ElementId));
        for (var i = 0; i < order.Length - 1; i++)
        {
            state = Reload(state);
            var events = kit.Semantics.CompleteWait(state, Waiting(state, order[i]), NoVars);
            Assert.Equal([order[i]], Completed(events));
            Assert.Empty(events.OfType<JobCreated>());
        }

        var last = kit.Semantics.CompleteWait(state, Waiting(state, order[^1]), NoVars);

        Assert.Equal([order[^1], "join"], Completed(last));
        Assert.Equal("after", Assert.Single(last.OfType<JobCreated>()).Type);
        var join = Assert.Single(state.ElementInstances, e => e.ElementId == "join");
        Assert.Equal(order.Select(b => "from" + b.ToUpperInvariant()).Order(StringComparer.Ordinal), join.ArrivedFlows.Order(StringComparer.Ordinal));
        Assert.Equal(["after"], state.ActiveElementInstances.Select(e => e.ElementId));
    }

    [Fact]
    public void InclusiveJoin_OneBranchTaken_FiresAtItsArrival()
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(Body), Flags(["b"]));

        var events = kit.Semantics.CompleteWait(state, Waiting(state, "b"), NoVars);

        Assert.Equal(["b", "join"], Completed(events));
        Assert.Equal(
            ["FlowTaken fromB", "ElementActivated join", "JoinArrived fromB", "ElementCompleted join", "FlowTaken f2"],
            events.SkipWhile(e => e is not FlowTaken).Take(5).Select(Describe));
    }

    [Fact]
    public void InclusiveJoin_NoBranchTaken_NeverActivates()
    {
        var (state, events) = new RuntimeKit().Semantics.Start(Process(Body), Flags([]));

        Assert.Equal(InstanceStatus.Completed, state.Status);
        Assert.DoesNotContain(events.OfType<ElementActivated>(), e => e.ElementId == "join");
    }

    [Fact]
    public void InclusiveJoin_BranchThatLoops_WaitsUntilTheLoopLeaves()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:inclusiveGateway id="fork" default="toB" />
            {ServiceTask("a", "a")}
            <bpmn:exclusiveGateway id="again" default="fromA" />
            {ServiceTask("b", "b")}
            <bpmn:inclusiveGateway id="join" />
            <bpmn:endEvent id="end" />
            {Flow("f1", "start", "fork")}
            {Flow("toA", "fork", "a", "=true")}
            {Flow("toB", "fork", "b")}
            {Flow("a1", "a", "again")}
            {Flow("loop", "again", "a", "=retry")}
            {Flow("fromA", "again", "join")}
            {Flow("fromB", "b", "join")}
            {Flow("f2", "join", "end")}
            """;
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(body), NoVars);
        Assert.Equal(["a"], state.ActiveElementInstances.Select(e => e.ElementId));

        // fork takes toA only (toB is the default); b is never reached, so only a's loop is waited for.
        var first = kit.Semantics.CompleteWait(state, Waiting(state, "a"), Vars(("retry", FeelValue.Boolean(true))));
        state = Reload(state);
        var second = kit.Semantics.CompleteWait(state, Waiting(state, "a"), Vars(("retry", FeelValue.Boolean(false))));

        Assert.Equal(["a", "again"], Completed(first));
        Assert.Equal(["a", "again", "join", "end"], Completed(second));
        Assert.Equal(InstanceStatus.Completed, state.Status);
    }

    [Fact]
    public void InclusiveJoin_LoopingBranchBesideAWaitingArrival_FiresWhenTheLoopLeaves()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:parallelGateway id="fork" />
            {ServiceTask("a", "a")}
            <bpmn:exclusiveGateway id="again" default="fromA" />
            {ServiceTask("b", "b")}
            <bpmn:inclusiveGateway id="join" />
            <bpmn:endEvent id="end" />
            {Flow("f1", "start", "fork")}
            {Flow("toA", "fork", "a")}
            {Flow("toB", "fork", "b")}
            {Flow("a1", "a", "again")}
            {Flow("loop", "again", "a", "=retry")}
            {Flow("fromA", "again", "join")}
            {Flow("fromB", "b", "join")}
            {Flow("f2", "join", "end")}
            """;
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(body), NoVars);

        var afterB = kit.Semantics.CompleteWait(state, Waiting(state, "b"), NoVars);
        var loop = kit.Semantics.CompleteWait(state, Waiting(state, "a"), Vars(("retry", FeelValue.Boolean(true))));
        state = Reload(state);
        var leave = kit.Semantics.CompleteWait(state, Waiting(state, "a"), Vars(("retry", FeelValue.Boolean(false))));

        Assert.Equal(["b"], Completed(afterB));
        Assert.Equal(["a", "again"], Completed(loop));
        Assert.Equal(["a", "again", "join", "end"], Completed(leave));
        Assert.Equal(InstanceStatus.Completed, state.Status);
    }

    [Fact]
    public void InclusiveJoin_BranchEndsElsewhere_JoinFiresWhenThatTokenIsGone()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:parallelGateway id="fork" />
            {ServiceTask("a", "a")}
            <bpmn:exclusiveGateway id="decide" default="fromA" />
            <bpmn:endEvent id="aside" />
            {ServiceTask("b", "b")}
            <bpmn:inclusiveGateway id="join" />
            {ServiceTask("after", "after")}
            {Flow("f1", "start", "fork")}
            {Flow("toA", "fork", "a")}
            {Flow("toB", "fork", "b")}
            {Flow("a1", "a", "decide")}
            {Flow("toAside", "decide", "aside", "=drop")}
            {Flow("fromA", "decide", "join")}
            {Flow("fromB", "b", "join")}
            {Flow("f2", "join", "after")}
            """;
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(body), NoVars);

        kit.Semantics.CompleteWait(state, Waiting(state, "b"), NoVars);
        var events = kit.Semantics.CompleteWait(state, Waiting(state, "a"), Vars(("drop", FeelValue.Boolean(true))));

        Assert.Equal(["a", "decide", "aside", "join"], Completed(events));
        Assert.Equal(["fromB"], Assert.Single(state.ElementInstances, e => e.ElementId == "join").ArrivedFlows);
        Assert.Equal("after", Assert.Single(events.OfType<JobCreated>()).Type);
    }

    [Fact]
    public void InclusiveJoin_TokenInsideASubProcess_CountsForTheSubProcess()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:parallelGateway id="fork" />
            <bpmn:subProcess id="sub">
              <bpmn:startEvent id="subStart" />
              {ServiceTask("inner", "inner")}
              <bpmn:endEvent id="subEnd" />
              {Flow("s1", "subStart", "inner")}
              {Flow("s2", "inner", "subEnd")}
            </bpmn:subProcess>
            {ServiceTask("b", "b")}
            <bpmn:inclusiveGateway id="join" />
            <bpmn:endEvent id="end" />
            {Flow("f1", "start", "fork")}
            {Flow("toSub", "fork", "sub")}
            {Flow("toB", "fork", "b")}
            {Flow("fromSub", "sub", "join")}
            {Flow("fromB", "b", "join")}
            {Flow("f2", "join", "end")}
            """;
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(body), NoVars);

        var afterB = kit.Semantics.CompleteWait(state, Waiting(state, "b"), NoVars);
        state = Reload(state);
        var afterInner = kit.Semantics.CompleteWait(state, Waiting(state, "inner"), NoVars);

        Assert.Equal(["b"], Completed(afterB));
        Assert.Equal(["inner", "subEnd", "sub", "join", "end"], Completed(afterInner));
    }

    [Fact]
    public void InclusiveJoin_NestedInASubProcess_WaitsForItsOwnScopeOnly()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:parallelGateway id="outerFork" />
            {ServiceTask("outside", "outside")}
            <bpmn:subProcess id="sub">
              <bpmn:startEvent id="subStart" />
              <bpmn:inclusiveGateway id="fork" default="toB" />
              {ServiceTask("a", "a")}
              {ServiceTask("b", "b")}
              <bpmn:inclusiveGateway id="join" />
              <bpmn:endEvent id="subEnd" />
              {Flow("s1", "subStart", "fork")}
              {Flow("toA", "fork", "a", "=true")}
              {Flow("toB2", "fork", "b", "=true")}
              {Flow("toB", "fork", "b")}
              {Flow("fromA", "a", "join")}
              {Flow("fromB", "b", "join")}
              {Flow("s2", "join", "subEnd")}
            </bpmn:subProcess>
            <bpmn:endEvent id="end1" />
            <bpmn:endEvent id="end2" />
            {Flow("f1", "start", "outerFork")}
            {Flow("o1", "outerFork", "outside")}
            {Flow("o2", "outerFork", "sub")}
            {Flow("o3", "outside", "end1")}
            {Flow("o4", "sub", "end2")}
            """;
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(body), NoVars);

        kit.Semantics.CompleteWait(state, Waiting(state, "a"), NoVars);
        var events = kit.Semantics.CompleteWait(state, Waiting(state, "b"), NoVars);

        var sub = Assert.Single(state.ElementInstances, e => e.ElementId == "sub");
        Assert.Equal(sub.Id, Assert.Single(state.ElementInstances, e => e.ElementId == "join").ScopeId);
        Assert.Equal(["b", "join", "subEnd", "sub", "end2"], Completed(events));
        Assert.Equal(["outside"], state.ActiveElementInstances.Select(e => e.ElementId));
    }

    [Fact]
    public void InclusiveJoin_WhoseOutgoingChoiceFails_RaisesOneIncidentAndStays()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:parallelGateway id="fork" />
            {ServiceTask("a", "a")}
            {ServiceTask("b", "b")}
            <bpmn:inclusiveGateway id="join" />
            <bpmn:endEvent id="yes" />
            <bpmn:endEvent id="no" />
            {Flow("f1", "start", "fork")}
            {Flow("toA", "fork", "a")}
            {Flow("toB", "fork", "b")}
            {Flow("fromA", "a", "join")}
            {Flow("fromB", "b", "join")}
            {Flow("toYes", "join", "yes", "=ok")}
            {Flow("toNo", "join", "no", "=not(ok)")}
            """;
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(body), NoVars);

        kit.Semantics.CompleteWait(state, Waiting(state, "a"), NoVars);
        var events = kit.Semantics.CompleteWait(state, Waiting(state, "b"), NoVars);

        var join = Assert.Single(state.ActiveElementInstances);
        Assert.Equal(join.Id, Assert.Single(events.OfType<IncidentRaised>()).ElementInstanceId);
        Assert.Equal(["fromA", "fromB"], join.ArrivedFlows.Order(StringComparer.Ordinal));
        Assert.Equal(InstanceStatus.Active, state.Status);
    }

    [Fact]
    public void InclusiveJoinWithAnIncident_IsNotRetriedByLaterCommands()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:parallelGateway id="fork" />
            {ServiceTask("a", "a")}
            {ServiceTask("other", "other")}
            <bpmn:inclusiveGateway id="merge" />
            <bpmn:inclusiveGateway id="join" />
            <bpmn:endEvent id="yes" />
            <bpmn:endEvent id="end" />
            {Flow("f1", "start", "fork")}
            {Flow("toA", "fork", "a")}
            {Flow("toMerge", "fork", "merge")}
            {Flow("toOther", "fork", "other")}
            {Flow("fromA", "a", "join")}
            {Flow("fromMerge", "merge", "join")}
            {Flow("toYes", "join", "yes", "=ok")}
            {Flow("o1", "other", "end")}
            """;
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(body), NoVars);

        var first = kit.Semantics.CompleteWait(state, Waiting(state, "a"), NoVars);
        state = Reload(state);
        var later = kit.Semantics.CompleteWait(state, Waiting(state, "other"), NoVars);

        Assert.Single(first.OfType<IncidentRaised>());
        Assert.Empty(later.OfType<IncidentRaised>());
        Assert.Equal(["other", "end"], Completed(later));
        Assert.Equal(["join"], state.ActiveElementInstances.Select(e => e.ElementId));
    }

    private static IReadOnlyDictionary<string, FeelValue> Flags(string[] taken) => Vars(
        ("wantA", FeelValue.Boolean(taken.Contains("a"))),
        ("wantB", FeelValue.Boolean(taken.Contains("b"))),
        ("wantC", FeelValue.Boolean(taken.Contains("c"))));

    private static string Describe(RuntimeEvent e) => e switch
    {
        FlowTaken f => $"FlowTaken {f.FlowId}",
        ElementActivated a => $"ElementActivated {a.ElementId}",
        JoinArrived j => $"JoinArrived {j.FlowId}",
        ElementCompleted c => $"ElementCompleted {c.ElementId}",
        _ => e.GetType().Name,
    };
}
