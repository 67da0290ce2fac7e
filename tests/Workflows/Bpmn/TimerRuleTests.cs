using LaiChau.Workflows.Bpmn;
using static LaiChau.Workflows.Tests.Bpmn.TestBpmn;

namespace LaiChau.Workflows.Tests.Bpmn;

public sealed class TimerRuleTests
{
    // A non-interrupting boundary event takes every kind of timer.
    private static string Timer(string kind, string value) => Around($"""
        <bpmn:userTask id="n" />
        <bpmn:boundaryEvent id="t" attachedToRef="n" cancelActivity="false">
          <bpmn:timerEventDefinition><bpmn:{kind}>{value}</bpmn:{kind}></bpmn:timerEventDefinition>
        </bpmn:boundaryEvent>
        <bpmn:sequenceFlow id="f3" sourceRef="t" targetRef="end" />
        """);

    [Theory]
    [InlineData("timeDate", "2025-01-01T08:00:00+07:00")]
    [InlineData("timeDate", "2025-01-01T00:00:00Z")]
    [InlineData("timeDuration", "P5D")]
    [InlineData("timeDuration", "PT1H")]
    [InlineData("timeDuration", "P1Y2M")]
    [InlineData("timeDuration", "P2W")]
    [InlineData("timeDuration", "PT1.5S")]
    [InlineData("timeCycle", "R3/PT1H")]
    [InlineData("timeCycle", "R/P1D")]
    [InlineData("timeCycle", "R5/2025-01-01T00:00:00Z/PT1H")]
    [InlineData("timeDuration", "=hanXuLy")]
    [InlineData("timeDate", "=date and time(ngayHen)")]
    public void Validate_OfValidTimer_HasNoError(string kind, string value) =>
        Assert.Empty(Validation.Errors(Timer(kind, value)));

    [Theory]
    [InlineData("timeDate", "2025-13-01T08:00:00Z")]
    [InlineData("timeDate", "2025-01-01")]
    [InlineData("timeDate", "ngày mai")]
    [InlineData("timeDuration", "P")]
    [InlineData("timeDuration", "PT")]
    [InlineData("timeDuration", "5 ngày")]
    [InlineData("timeDuration", "P1H")]
    [InlineData("timeCycle", "PT1H")]
    [InlineData("timeCycle", "R3/")]
    [InlineData("timeCycle", "Rx/PT1H")]
    [InlineData("timeCycle", "R3/PT1H/PT1H")]
    public void Validate_OfInvalidLiteralTimer_ReportsTheEvent(string kind, string value) =>
        Assert.Equal(["BPMN-TIMER-002 t"], Validation.Errors(Timer(kind, value)));

    [Fact]
    public void Validate_OfTimerWithoutValue_ReportsTheEvent() =>
        Assert.Equal(["BPMN-TIMER-001 n"], Validation.Errors(Around(
            "<bpmn:intermediateCatchEvent id=\"n\"><bpmn:timerEventDefinition /></bpmn:intermediateCatchEvent>")));

    [Fact]
    public void Validate_OfBadTimerExpression_ReportsTheField()
    {
        var error = Assert.Single(BpmnValidator.Validate(Timer("timeDuration", "=(hanXuLy"), TestExpressionSyntax.Instance).Errors);

        Assert.Equal(("BPMN-EXPR-001", "t"), (error.Code, error.ElementId));
        Assert.Contains("timeDuration", error.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("R/PT1H", true)]
    [InlineData("R0/P1D", true)]
    [InlineData("R/2025-01-01T00:00:00+07:00/P1D", true)]
    [InlineData("0 0 8 * * ?", false)]
    public void IsCycle_Accepts_IsoCyclesOnly(string value, bool expected) => Assert.Equal(expected, Iso8601.IsCycle(value));

    [Theory]
    [InlineData("working-days", new string[0])]
    [InlineData("lunar-days", new[] { "BPMN-PROP-001 n" })]
    public void Validate_OfCalendarProperty_AcceptsOnlyWorkingDays(string calendar, string[] expected) =>
        Assert.Equal(expected, Validation.Errors(Around($"""
            <bpmn:intermediateCatchEvent id="n">
              <bpmn:extensionElements><zeebe:properties><zeebe:property name="calendar" value="{calendar}" /></zeebe:properties></bpmn:extensionElements>
              <bpmn:timerEventDefinition><bpmn:timeDuration>P5D</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            """)));

    [Fact]
    public void Validate_OfDurationOnProcessStartAndCycleOnIntermediateCatch_RefusesBoth()
    {
        var xml = Process("""
            <bpmn:startEvent id="s"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:startEvent>
            <bpmn:intermediateCatchEvent id="c"><bpmn:timerEventDefinition><bpmn:timeCycle>R/P1D</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="c" />
            """);

        Assert.Equal(["BPMN-TIMER-003 c", "BPMN-TIMER-003 s"], Validation.Errors(xml));
    }
}
