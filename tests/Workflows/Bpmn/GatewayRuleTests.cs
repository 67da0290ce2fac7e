using static LaiChau.Workflows.Tests.Bpmn.TestBpmn;

namespace LaiChau.Workflows.Tests.Bpmn;

public sealed class GatewayRuleTests
{
    private static string Split(string gateway, string flows) => Process($"""
        <bpmn:startEvent id="start" />
        {gateway}
        <bpmn:endEvent id="a" />
        <bpmn:endEvent id="b" />
        <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="g" />
        {flows}
        """);

    private const string Conditioned = """
        <bpmn:sequenceFlow id="fa" sourceRef="g" targetRef="a"><bpmn:conditionExpression>=duyet</bpmn:conditionExpression></bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="fb" sourceRef="g" targetRef="b" />
        """;

    [Theory]
    [InlineData("exclusiveGateway")]
    [InlineData("inclusiveGateway")]
    public void Validate_OfSplitWithConditionAndDefault_HasNoError(string kind) =>
        Assert.Empty(Validation.Errors(Split($"<bpmn:{kind} id=\"g\" default=\"fb\" />", Conditioned)));

    [Fact]
    public void Validate_OfSplitWithoutConditions_ReportsEveryUnguardedFlow()
    {
        var flows = """
            <bpmn:sequenceFlow id="fa" sourceRef="g" targetRef="a" />
            <bpmn:sequenceFlow id="fb" sourceRef="g" targetRef="b" />
            """;

        Assert.Equal(["BPMN-FLOW-005 fa", "BPMN-FLOW-005 fb"], Validation.Errors(Split("<bpmn:exclusiveGateway id=\"g\" />", flows)));
    }

    [Fact]
    public void Validate_WhenDefaultIsNotAnOutgoingFlow_ReportsTheGateway() =>
        Assert.Equal(["BPMN-FLOW-005 fb", "BPMN-FLOW-006 g"],
            Validation.Errors(Split("<bpmn:exclusiveGateway id=\"g\" default=\"f0\" />", Conditioned)));

    [Fact]
    public void Validate_OfConditionOutOfParallelGateway_ReportsTheFlow() =>
        Assert.Equal(["BPMN-FLOW-007 fa"], Validation.Errors(Split("<bpmn:parallelGateway id=\"g\" />", Conditioned)));

    [Fact]
    public void Validate_OfEventGatewayToTimerAndMessage_HasNoError()
    {
        var xml = Process("""
            <bpmn:startEvent id="start" />
            <bpmn:eventBasedGateway id="g" />
            <bpmn:intermediateCatchEvent id="t"><bpmn:timerEventDefinition><bpmn:timeDuration>P3D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:receiveTask id="r" messageRef="m" />
            <bpmn:endEvent id="e" />
            <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="g" />
            <bpmn:sequenceFlow id="f1" sourceRef="g" targetRef="t" />
            <bpmn:sequenceFlow id="f2" sourceRef="g" targetRef="r" />
            <bpmn:sequenceFlow id="f3" sourceRef="t" targetRef="e" />
            <bpmn:sequenceFlow id="f4" sourceRef="r" targetRef="e" />
            """, Message);

        Assert.Empty(Validation.Errors(xml));
    }

    [Fact]
    public void Validate_OfEventGatewayToATask_ReportsTheGateway()
    {
        var flows = """
            <bpmn:sequenceFlow id="fa" sourceRef="g" targetRef="a" />
            <bpmn:sequenceFlow id="fb" sourceRef="g" targetRef="b" />
            """;

        Assert.Equal(["BPMN-FLOW-008 g", "BPMN-FLOW-008 g"], Validation.Errors(Split("<bpmn:eventBasedGateway id=\"g\" />", flows)));
    }
}
