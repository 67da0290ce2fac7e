using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class UnsupportedElementTests
{
    [Theory]
    [InlineData("""<bpmn:intermediateCatchEvent id="x"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""")]
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
    public void Start_BoundaryEventOnATask_Throws()
    {
        var body = $"""
            <bpmn:startEvent id="start" />
            {ServiceTask("t", "t")}
            <bpmn:boundaryEvent id="late" attachedToRef="t"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            <bpmn:endEvent id="end" />
            {Flow("f1", "start", "t")}
            {Flow("f2", "late", "end")}
            """;

        var error = Assert.Throws<NotSupportedInThisSliceException>(() => new RuntimeKit().Semantics.Start(Process(body), NoVars));

        Assert.Equal("late", error.ElementId);
    }
}
