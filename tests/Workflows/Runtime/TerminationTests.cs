using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class TerminationTests
{
    private static readonly string Body = $"""
        <bpmn:startEvent id="start" />
        <bpmn:parallelGateway id="fork" />
        {ServiceTask("a", "a")}
        <bpmn:userTask id="b" />
        <bpmn:endEvent id="kill"><bpmn:terminateEventDefinition /></bpmn:endEvent>
        <bpmn:endEvent id="end" />
        {Flow("f1", "start", "fork")}
        {Flow("toA", "fork", "a")}
        {Flow("toB", "fork", "b")}
        {Flow("fromA", "a", "kill")}
        {Flow("fromB", "b", "end")}
        """;

    [Fact]
    public void TerminateEnd_InProcessScope_TerminatesTheOtherBranchAndCompletesTheInstance()
    {
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(Body), NoVars);
        var waitingTask = Waiting(state, "b");

        var events = kit.Semantics.CompleteWait(state, Waiting(state, "a"), NoVars);

        var terminated = Assert.Single(events.OfType<ElementTerminated>());
        Assert.Equal(("b", waitingTask), (terminated.ElementId, terminated.ElementInstanceId));
        Assert.Equal(["a", "kill"], Completed(events));
        Assert.IsType<InstanceCompleted>(events[^1]);
        Assert.Equal(InstanceStatus.Completed, state.Status);
        Assert.Empty(state.ActiveElementInstances);
    }

    [Fact]
    public void TerminateEnd_InsideSubProcess_EndsOnlyTheSubProcessAndContinues()
    {
        var body = $"""
            <bpmn:startEvent id="outerStart" />
            <bpmn:parallelGateway id="outerFork" />
            <bpmn:userTask id="outside" />
            <bpmn:subProcess id="sub">
              {Body}
            </bpmn:subProcess>
            {ServiceTask("after", "after")}
            {Flow("o1", "outerStart", "outerFork")}
            {Flow("o2", "outerFork", "outside")}
            {Flow("o3", "outerFork", "sub")}
            {Flow("o4", "sub", "after")}
            """;
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(body), NoVars);

        var events = kit.Semantics.CompleteWait(state, Waiting(state, "a"), NoVars);

        Assert.Equal(["b"], events.OfType<ElementTerminated>().Select(e => e.ElementId));
        Assert.Equal(["a", "kill", "sub"], Completed(events));
        Assert.Equal(["outside", "after"], state.ActiveElementInstances.Select(e => e.ElementId));
    }

    [Fact]
    public void Cancel_WithWaitsInAndOutsideASubProcess_TerminatesAllInnermostFirst()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            <bpmn:parallelGateway id="outerFork" />
            <bpmn:userTask id="outside" />
            <bpmn:subProcess id="sub">
              <bpmn:startEvent id="subStart" />
              {ServiceTask("inside", "inside")}
              {Flow("s1", "subStart", "inside")}
            </bpmn:subProcess>
            {Flow("o1", "start", "outerFork")}
            {Flow("o2", "outerFork", "outside")}
            {Flow("o3", "outerFork", "sub")}
            """;
        var kit = new RuntimeKit();
        var (state, _) = kit.Semantics.Start(Process(body), NoVars);

        var events = kit.Semantics.Cancel(state);

        Assert.Equal(["outside", "inside", "sub"], events.OfType<ElementTerminated>().Select(e => e.ElementId));
        Assert.IsType<InstanceTerminated>(events[^1]);
        Assert.Equal(InstanceStatus.Terminated, state.Status);
        Assert.Empty(state.ActiveElementInstances);
        Assert.Throws<InvalidOperationException>(() => kit.Semantics.Cancel(state));
    }
}
