using static LaiChau.Workflows.Tests.Bpmn.TestBpmn;

namespace LaiChau.Workflows.Tests.Bpmn;

public sealed class JobRuleTests
{
    private const string TaskDefinition = """<bpmn:extensionElements><zeebe:taskDefinition type="gui-thu" retries="3" /></bpmn:extensionElements>""";

    [Theory]
    [InlineData("serviceTask")]
    [InlineData("sendTask")]
    [InlineData("scriptTask")]
    public void Validate_OfJobTaskWithType_HasNoError(string kind) =>
        Assert.Empty(Validation.Errors(Around($"<bpmn:{kind} id=\"n\">{TaskDefinition}</bpmn:{kind}>")));

    [Theory]
    [InlineData("<bpmn:serviceTask id=\"n\" />")]
    [InlineData("<bpmn:sendTask id=\"n\"><bpmn:extensionElements><zeebe:taskDefinition retries=\"3\" /></bpmn:extensionElements></bpmn:sendTask>")]
    [InlineData("<bpmn:intermediateThrowEvent id=\"n\"><bpmn:messageEventDefinition /></bpmn:intermediateThrowEvent>")]
    public void Validate_OfJobWithoutType_ReportsTheElement(string node) =>
        Assert.Equal(["BPMN-JOB-001 n"], Validation.Errors(Around(node)));

    [Fact]
    public void Validate_OfMessageEndEventWithJob_HasNoError() =>
        Assert.Empty(Validation.Errors(Process($"""
            <bpmn:startEvent id="s" />
            <bpmn:endEvent id="n"><bpmn:extensionElements><zeebe:taskDefinition type="thong-bao" /></bpmn:extensionElements><bpmn:messageEventDefinition /></bpmn:endEvent>
            <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="n" />
            """)));

    [Fact]
    public void Validate_OfCallActivityWithoutProcessId_ReportsIt() =>
        Assert.Equal(["BPMN-CALL-001 n"], Validation.Errors(Around("<bpmn:callActivity id=\"n\" calledElement=\"ignored\" />")));

    [Fact]
    public void Validate_OfMultiInstanceWithoutCollection_ReportsIt() =>
        Assert.Equal(["BPMN-MI-001 n"], Validation.Errors(Around(
            "<bpmn:task id=\"n\"><bpmn:multiInstanceLoopCharacteristics isSequential=\"true\" /></bpmn:task>")));

    [Fact]
    public void Validate_OfMultiInstanceSubProcessWithCollection_HasNoError() =>
        Assert.Empty(Validation.Errors(Around("""
            <bpmn:subProcess id="n">
              <bpmn:multiInstanceLoopCharacteristics>
                <bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=donVi" inputElement="donVi" /></bpmn:extensionElements>
                <bpmn:completionCondition>=numberOfCompletedInstances &gt;= 1</bpmn:completionCondition>
              </bpmn:multiInstanceLoopCharacteristics>
              <bpmn:startEvent id="s2" />
            </bpmn:subProcess>
            """)));
}
