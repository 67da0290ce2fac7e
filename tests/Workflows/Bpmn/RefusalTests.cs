using static LaiChau.Workflows.Tests.Bpmn.TestBpmn;

namespace LaiChau.Workflows.Tests.Bpmn;

/// <summary>Anything outside the subset is refused with its exact id; what does not execute is ignored.</summary>
public sealed class RefusalTests
{
    [Theory]
    [InlineData("<bpmn:businessRuleTask id=\"n\" />", "BPMN-UNSUPPORTED-001 n")]
    [InlineData("<bpmn:transaction id=\"n\" />", "BPMN-UNSUPPORTED-001 n")]
    [InlineData("<bpmn:adHocSubProcess id=\"n\" />", "BPMN-UNSUPPORTED-001 n")]
    [InlineData("<bpmn:complexGateway id=\"n\" />", "BPMN-UNSUPPORTED-001 n")]
    [InlineData("<bpmn:choreographyTask id=\"n\" />", "BPMN-UNSUPPORTED-001 n")]
    [InlineData("<bpmn:userTask id=\"n\"><bpmn:standardLoopCharacteristics /></bpmn:userTask>", "BPMN-UNSUPPORTED-004 n")]
    [InlineData("<bpmn:task id=\"n\" isForCompensation=\"true\" />", "BPMN-UNSUPPORTED-006 n")]
    [InlineData("<bpmn:task id=\"n\"><bpmn:dataInputAssociation id=\"di\"><bpmn:sourceRef>d</bpmn:sourceRef></bpmn:dataInputAssociation></bpmn:task>", "BPMN-UNSUPPORTED-005 n")]
    [InlineData("<bpmn:task id=\"n\"><bpmn:dataOutputAssociation id=\"do\"><bpmn:targetRef>d</bpmn:targetRef></bpmn:dataOutputAssociation></bpmn:task>", "BPMN-UNSUPPORTED-005 n")]
    public void Validate_OfElementOutsideTheSubset_RefusesItById(string node, string expected) =>
        Assert.Equal([expected], Validation.Errors(Around(node)));

    [Fact]
    public void Validate_OfRefusedElement_DoesNotAlsoReportItsNeighbours()
    {
        // The link catch is refused; what follows it is not reported as unreachable on top.
        var xml = Process("""
            <bpmn:startEvent id="s" />
            <bpmn:intermediateThrowEvent id="go"><bpmn:linkEventDefinition name="A" /></bpmn:intermediateThrowEvent>
            <bpmn:intermediateCatchEvent id="come"><bpmn:linkEventDefinition name="A" /></bpmn:intermediateCatchEvent>
            <bpmn:task id="after" />
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="go" />
            <bpmn:sequenceFlow id="f2" sourceRef="come" targetRef="after" />
            """);

        Assert.Equal(["BPMN-UNSUPPORTED-002 come", "BPMN-UNSUPPORTED-002 go"], Validation.Errors(xml));
    }

    [Fact]
    public void Validate_OfManualTask_PassesThrough() =>
        Assert.Empty(Validation.Errors(Around("<bpmn:manualTask id=\"n\" />")));

    [Fact]
    public void Validate_IgnoresLanesAnnotationsDataObjectsPoolsAndForeignExtensions()
    {
        var xml = Definitions("""
            <bpmn:collaboration id="c">
              <bpmn:participant id="pool" processRef="p" />
              <bpmn:participant id="citizen" />
              <bpmn:messageFlow id="mf" sourceRef="citizen" targetRef="n" />
            </bpmn:collaboration>
            <bpmn:process id="p" isExecutable="true" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" camunda:historyTimeToLive="30">
              <bpmn:laneSet id="ls"><bpmn:lane id="lane"><bpmn:flowNodeRef>n</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
              <bpmn:startEvent id="start" />
              <bpmn:task id="n" camunda:asyncBefore="true">
                <bpmn:documentation>Ghi chú</bpmn:documentation>
                <bpmn:extensionElements><camunda:inputOutput /><other xmlns="urn:vendor" /></bpmn:extensionElements>
              </bpmn:task>
              <bpmn:endEvent id="end" />
              <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="n" />
              <bpmn:sequenceFlow id="f2" sourceRef="n" targetRef="end" />
              <bpmn:dataObject id="data" />
              <bpmn:dataObjectReference id="dataRef" dataObjectRef="data" />
              <bpmn:dataStoreReference id="storeRef" />
              <bpmn:textAnnotation id="note"><bpmn:text>Lưu ý</bpmn:text></bpmn:textAnnotation>
              <bpmn:association id="assoc" sourceRef="note" targetRef="n" />
              <bpmn:group id="grp" />
            </bpmn:process>
            """);

        Assert.Empty(Validation.Errors(xml));
    }

    [Fact]
    public void Validate_OfElementWithoutId_ReportsItAndGoesOn() =>
        Assert.Equal(["BPMN-XML-007 "], Validation.Errors(Around("<bpmn:task id=\"n\" /><bpmn:sequenceFlow sourceRef=\"n\" targetRef=\"end\" />")));
}
