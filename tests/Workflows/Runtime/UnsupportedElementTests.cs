using LaiChau.Workflows.Model;
using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

/// <summary>Every element of the subset runs; a node type the runtime does not know is refused before anything runs.</summary>
public sealed class UnsupportedElementTests
{
    [Fact]
    public void Start_ANodeTypeTheRuntimeDoesNotKnow_ThrowsNamingTheElement()
    {
        var model = Process($"""
            <bpmn:startEvent id="start" />
            <bpmn:endEvent id="end" />
            {Flow("f1", "start", "end")}
            """);
        var stranger = new StrangeNode { Id = "x" };
        var withStranger = model with
        {
            Nodes = [.. model.Nodes, stranger],
            NodesById = model.NodesById.Append(new KeyValuePair<string, FlowNode>("x", stranger)).ToDictionary(),
        };

        var error = Assert.Throws<UnsupportedElementException>(() => new RuntimeKit().Semantics.Start(withStranger, NoVars));

        Assert.Equal("x", error.ElementId);
        Assert.Contains("'x'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_EveryKindOfTheSubset_IsAccepted()
    {
        var model = Process($"""
            <bpmn:startEvent id="start" />
            <bpmn:parallelGateway id="fork" />
            <bpmn:callActivity id="call"><bpmn:extensionElements><zeebe:calledElement processId="other" /></bpmn:extensionElements></bpmn:callActivity>
            <bpmn:serviceTask id="each"><bpmn:extensionElements><zeebe:taskDefinition type="t" /></bpmn:extensionElements><bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=[1,2]" inputElement="item" /></bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics></bpmn:serviceTask>
            <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            {ServiceTask("t", "t")}
            <bpmn:boundaryEvent id="late" attachedToRef="t"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            <bpmn:inclusiveGateway id="join" />
            <bpmn:endEvent id="end" />
            <bpmn:endEvent id="lateEnd" />
            {Flow("f1", "start", "fork")}
            {Flow("f2", "fork", "call")}
            {Flow("f3", "fork", "each")}
            {Flow("f4", "fork", "wait")}
            {Flow("f5", "fork", "t")}
            {Flow("f6", "call", "join")}
            {Flow("f7", "each", "join")}
            {Flow("f8", "wait", "join")}
            {Flow("f9", "t", "join")}
            {Flow("f10", "join", "end")}
            {Flow("f11", "late", "lateEnd")}
            """);

        var (state, _) = new RuntimeKit().Semantics.Start(model, NoVars);

        Assert.Equal(InstanceStatus.Active, state.Status);
        Assert.Contains(state.ActiveElementInstances, e => e.ElementId == "call");
        Assert.Contains(state.ActiveElementInstances, e => e.ElementId == "wait");
    }

    private sealed record StrangeNode : FlowNode;
}
