using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class UnsupportedElementTests
{
    [Theory]
    [InlineData("""<bpmn:callActivity id="x"><bpmn:extensionElements><zeebe:calledElement processId="other" /></bpmn:extensionElements></bpmn:callActivity>""")]
    [InlineData("""<bpmn:serviceTask id="x"><bpmn:extensionElements><zeebe:taskDefinition type="t" /></bpmn:extensionElements><bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=items" inputElement="item" /></bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics></bpmn:serviceTask>""")]
    public void Start_ElementOutsideTheSlice_ThrowsNamingTheElement(string element)
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            {element}
            <bpmn:endEvent id="end" />
            {Flow("f1", "start", "x")}
            {Flow("f2", "x", "end")}
            """;
        var model = Process(body);
        var kit = new RuntimeKit();

        var error = Assert.Throws<NotSupportedInThisSliceException>(() => kit.Semantics.Start(model, NoVars));

        Assert.Equal("x", error.ElementId);
        Assert.Contains("'x'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_InclusiveJoin_IsRefusedWhileTheInclusiveForkRuns()
    {
        var fork = $"""
            <bpmn:startEvent id="start" />
            <bpmn:inclusiveGateway id="fork" default="toC" />
            {ServiceTask("a", "a")}
            {ServiceTask("b", "b")}
            {ServiceTask("c", "c")}
            {Flow("f1", "start", "fork")}
            {Flow("toA", "fork", "a", "=x &gt; 1")}
            {Flow("toB", "fork", "b", "=x &gt; 2")}
            {Flow("toC", "fork", "c")}
            """;
        var join = fork + $"""
            <bpmn:inclusiveGateway id="join" />
            {Flow("j1", "a", "join")}
            {Flow("j2", "b", "join")}
            """;
        var kit = new RuntimeKit();

        var (state, _) = kit.Semantics.Start(Process(fork), Vars(("x", LaiChau.Workflows.Feel.FeelValue.Number(3))));
        var error = Assert.Throws<NotSupportedInThisSliceException>(() => kit.Semantics.Start(Process(join), NoVars));

        Assert.Equal(["a", "b"], state.ActiveElementInstances.Select(e => e.ElementId));
        Assert.Equal("join", error.ElementId);
    }
}
