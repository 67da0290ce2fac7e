using static LaiChau.Workflows.Tests.Bpmn.TestBpmn;

namespace LaiChau.Workflows.Tests.Bpmn;

public sealed class GraphRuleTests
{
    [Fact]
    public void Validate_OfMinimalProcess_HasNoError() =>
        Assert.Empty(Validation.Errors(Around("<bpmn:task id=\"n\" />")));

    [Fact]
    public void Validate_WhenIdsRepeat_ReportsEachRepeat() =>
        Assert.Equal(["BPMN-FLOW-001 n"], Validation.Errors(Around("<bpmn:task id=\"n\" /><bpmn:task id=\"n\" />")));

    [Fact]
    public void Validate_WhenFlowPointsNowhere_ReportsTheFlow() =>
        Assert.Equal(["BPMN-FLOW-002 f3"],
            Validation.Errors(Around("<bpmn:task id=\"n\" /><bpmn:sequenceFlow id=\"f3\" sourceRef=\"n\" targetRef=\"ghost\" />")));

    [Fact]
    public void Validate_WhenFlowLeavesItsSubProcess_ReportsTheFlow()
    {
        var xml = Around("""
            <bpmn:subProcess id="n">
              <bpmn:startEvent id="s2" />
              <bpmn:sequenceFlow id="inner" sourceRef="s2" targetRef="end" />
            </bpmn:subProcess>
            """);

        Assert.Equal(["BPMN-FLOW-002 inner"], Validation.Errors(xml));
    }

    [Fact]
    public void Validate_WhenNodeHasNoWayIn_ReportsItUnreachable() =>
        Assert.Equal(["BPMN-FLOW-003 lost"], Validation.Errors(Around("<bpmn:task id=\"n\" /><bpmn:task id=\"lost\" />")));

    [Fact]
    public void Validate_WhenScopeHasNoStartEvent_ReportsTheScope()
    {
        var xml = Around("""<bpmn:subProcess id="n"><bpmn:task id="inside" /></bpmn:subProcess>""");

        Assert.Equal(["BPMN-FLOW-004 n"], Validation.Errors(xml));
    }

    [Fact]
    public void Validate_WhenBoundaryHostIsMissing_ReportsTheBoundary()
    {
        var xml = Around("""
            <bpmn:task id="n" />
            <bpmn:boundaryEvent id="b" attachedToRef="ghost"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            """);

        Assert.Contains("BPMN-FLOW-009 b", Validation.Errors(xml));
    }

    [Fact]
    public void Validate_OfBoundaryAndEventSubProcessPaths_FindsThemReachable()
    {
        var xml = Around("""
            <bpmn:userTask id="n" />
            <bpmn:boundaryEvent id="late" attachedToRef="n"><bpmn:timerEventDefinition><bpmn:timeDuration>P5D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            <bpmn:task id="escalate" />
            <bpmn:sequenceFlow id="f3" sourceRef="late" targetRef="escalate" />
            <bpmn:sequenceFlow id="f4" sourceRef="escalate" targetRef="end" />
            <bpmn:subProcess id="events" triggeredByEvent="true">
              <bpmn:startEvent id="es" isInterrupting="false"><bpmn:timerEventDefinition><bpmn:timeCycle>R/P1D</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
              <bpmn:endEvent id="ee" />
              <bpmn:sequenceFlow id="f5" sourceRef="es" targetRef="ee" />
            </bpmn:subProcess>
            """);

        Assert.Empty(Validation.Errors(xml));
    }

    [Fact]
    public void Validate_OfEmptyBlackBoxProcessBesideAnExecutableOne_IgnoresTheEmptyOne()
    {
        var xml = Definitions("""
            <bpmn:process id="p" isExecutable="true"><bpmn:startEvent id="s" /></bpmn:process>
            """);

        Assert.Empty(Validation.Errors(xml));
    }

    [Fact]
    public void Validate_OfTwoNoneStartEvents_ReportsTheScope() =>
        Assert.Equal(["BPMN-FLOW-011 p"], Validation.Errors(Around("<bpmn:task id=\"n\" /><bpmn:startEvent id=\"again\" />")));

    [Fact]
    public void Validate_OfMessageStartInEmbeddedSubProcess_RefusesTheStartEvent()
    {
        var xml = Around("""
            <bpmn:subProcess id="n">
              <bpmn:startEvent id="inner"><bpmn:messageEventDefinition messageRef="m" /></bpmn:startEvent>
            </bpmn:subProcess>
            """, Message);

        Assert.Equal(["BPMN-UNSUPPORTED-003 inner"], Validation.Errors(xml));
    }

    [Fact]
    public void Validate_OfConditionOutOfATask_ReportsTheFlow()
    {
        var xml = Process("""
            <bpmn:startEvent id="s" />
            <bpmn:task id="t" />
            <bpmn:endEvent id="e" />
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t" />
            <bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="e"><bpmn:conditionExpression>=ok</bpmn:conditionExpression></bpmn:sequenceFlow>
            """);

        Assert.Equal(["BPMN-FLOW-007 f2"], Validation.Errors(xml));
    }

    [Fact]
    public void Validate_OfFlowsIntoStartAndOutOfEnd_ReportsBoth() =>
        Assert.Equal(["BPMN-FLOW-012 back", "BPMN-FLOW-013 back"],
            Validation.Errors(Around("<bpmn:task id=\"n\" /><bpmn:sequenceFlow id=\"back\" sourceRef=\"end\" targetRef=\"start\" />")));
}
