using static LaiChau.Workflows.Tests.Bpmn.TestBpmn;

namespace LaiChau.Workflows.Tests.Bpmn;

public sealed class EventRuleTests
{
    private const string Definitions = """
        <bpmn:error id="err" errorCode="HO_SO_SAI" />
        <bpmn:escalation id="esc" escalationCode="QUA_HAN" />
        """;

    private static string Boundary(string definition, string cancel = "true") => Around($"""
        <bpmn:userTask id="n" />
        <bpmn:boundaryEvent id="b" attachedToRef="n" cancelActivity="{cancel}">{definition}</bpmn:boundaryEvent>
        <bpmn:sequenceFlow id="f3" sourceRef="b" targetRef="end" />
        """, Definitions + Message);

    [Fact]
    public void Validate_OfNonInterruptingErrorBoundary_ReportsTheBoundary() =>
        Assert.Equal(["BPMN-EVENT-001 b"], Validation.Errors(Boundary("<bpmn:errorEventDefinition errorRef=\"err\" />", cancel: "false")));

    [Theory]
    [InlineData("<bpmn:errorEventDefinition errorRef=\"err\" />")]
    [InlineData("<bpmn:errorEventDefinition />")]
    [InlineData("<bpmn:escalationEventDefinition escalationRef=\"esc\" />")]
    [InlineData("<bpmn:messageEventDefinition messageRef=\"m\" />")]
    public void Validate_OfSupportedBoundary_HasNoError(string definition) =>
        Assert.Empty(Validation.Errors(Boundary(definition)));

    [Theory]
    [InlineData("<bpmn:errorEventDefinition errorRef=\"nope\" />", "BPMN-EVENT-002 b")]
    [InlineData("<bpmn:escalationEventDefinition escalationRef=\"nope\" />", "BPMN-EVENT-002 b")]
    [InlineData("<bpmn:messageEventDefinition messageRef=\"nope\" />", "BPMN-EVENT-002 b")]
    [InlineData("<bpmn:messageEventDefinition />", "BPMN-EVENT-003 b")]
    public void Validate_OfBrokenReference_ReportsTheEvent(string definition, string expected) =>
        Assert.Equal([expected], Validation.Errors(Boundary(definition)));

    [Fact]
    public void Validate_OfErrorEndEventWithoutError_ReportsTheMissingReference() =>
        Assert.Equal(["BPMN-EVENT-003 n"], Validation.Errors(Process("""
            <bpmn:startEvent id="s" />
            <bpmn:endEvent id="n"><bpmn:errorEventDefinition /></bpmn:endEvent>
            <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="n" />
            """)));

    [Fact]
    public void Validate_OfMessageWithoutNameOrKey_ReportsBoth()
    {
        var xml = Around("""
            <bpmn:intermediateCatchEvent id="n"><bpmn:messageEventDefinition messageRef="bare" /></bpmn:intermediateCatchEvent>
            """, "<bpmn:message id=\"bare\" />");

        Assert.Equal(["BPMN-EVENT-004 n", "BPMN-EVENT-005 n"], Validation.Errors(xml));
    }

    [Fact]
    public void Validate_OfProcessMessageStartWithoutKey_HasNoError() =>
        Assert.Empty(Validation.Errors(Process("""
            <bpmn:startEvent id="s"><bpmn:messageEventDefinition messageRef="named" /></bpmn:startEvent>
            <bpmn:endEvent id="e" />
            <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e" />
            """, "<bpmn:message id=\"named\" name=\"phản ánh mới\" />")));

    [Theory]
    [InlineData("<bpmn:startEvent id=\"x\"><bpmn:signalEventDefinition /></bpmn:startEvent>", "BPMN-UNSUPPORTED-002 x")]
    [InlineData("<bpmn:intermediateCatchEvent id=\"x\"><bpmn:linkEventDefinition /></bpmn:intermediateCatchEvent>", "BPMN-UNSUPPORTED-002 x")]
    [InlineData("<bpmn:startEvent id=\"x\"><bpmn:conditionalEventDefinition /></bpmn:startEvent>", "BPMN-UNSUPPORTED-002 x")]
    [InlineData("<bpmn:endEvent id=\"x\"><bpmn:cancelEventDefinition /></bpmn:endEvent>", "BPMN-UNSUPPORTED-002 x")]
    [InlineData("<bpmn:endEvent id=\"x\"><bpmn:compensateEventDefinition /></bpmn:endEvent>", "BPMN-UNSUPPORTED-002 x")]
    [InlineData("<bpmn:endEvent id=\"x\"><bpmn:timerEventDefinition /></bpmn:endEvent>", "BPMN-UNSUPPORTED-003 x")]
    [InlineData("<bpmn:intermediateCatchEvent id=\"x\" />", "BPMN-UNSUPPORTED-003 x")]
    [InlineData("<bpmn:endEvent id=\"x\"><bpmn:terminateEventDefinition /><bpmn:errorEventDefinition /></bpmn:endEvent>", "BPMN-UNSUPPORTED-007 x")]
    public void Validate_OfEventOutsideTheSubset_RefusesItById(string ev, string expected) =>
        Assert.Equal([expected], Validation.Errors(Process($"<bpmn:startEvent id=\"s\" />{ev}")));

    [Fact]
    public void Validate_OfNoneIntermediateThrow_PassesThrough() =>
        Assert.Empty(Validation.Errors(Around("<bpmn:intermediateThrowEvent id=\"n\" />")));

    [Fact]
    public void Validate_OfThrownErrorWithoutCode_ReportsTheEvent() =>
        Assert.Equal(["BPMN-EVENT-006 n"], Validation.Errors(Process("""
            <bpmn:startEvent id="s" />
            <bpmn:endEvent id="n"><bpmn:errorEventDefinition errorRef="nameless" /></bpmn:endEvent>
            <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="n" />
            """, "<bpmn:error id=\"nameless\" name=\"Lỗi\" />")));

    [Theory]
    [InlineData("true", new string[0])]
    [InlineData("false", new[] { "BPMN-EVENT-007 es" })]
    public void Validate_OfErrorStartInEventSubProcess_MustInterrupt(string interrupting, string[] expected) =>
        Assert.Equal(expected, Validation.Errors(Around($"""
            <bpmn:task id="n" />
            <bpmn:subProcess id="onError" triggeredByEvent="true">
              <bpmn:startEvent id="es" isInterrupting="{interrupting}"><bpmn:errorEventDefinition /></bpmn:startEvent>
            </bpmn:subProcess>
            """)));
}
