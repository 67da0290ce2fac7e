using LaiChau.Workflows.Bpmn;
using static LaiChau.Workflows.Tests.Bpmn.TestBpmn;

namespace LaiChau.Workflows.Tests.Bpmn;

public sealed class DeployRuleTests
{
    private const string Runnable = """<bpmn:startEvent id="s" />""";

    [Fact]
    public void Deploy_OfNonExecutableProcess_IsRefusedWithItsId()
    {
        var xml = Definitions($"""<bpmn:process id="draft" isExecutable="false">{Runnable}</bpmn:process>""");

        Assert.Equal(["BPMN-DEPLOY-001 draft", "BPMN-DEPLOY-002 "], Validation.Errors(xml));
        Assert.Empty(Validation.Errors(xml, BpmnValidationMode.Model));
    }

    [Fact]
    public void Deploy_OfFileWithoutProcess_IsRefused() =>
        Assert.Equal(["BPMN-DEPLOY-002 "], Validation.Errors(Definitions("<bpmn:message id=\"m\" name=\"x\" />")));

    [Fact]
    public void Deploy_OfOneNonExecutableProcessBesideAnExecutableOne_NamesTheNonExecutableOne()
    {
        var xml = Definitions($"""
            <bpmn:process id="main" isExecutable="true">{Runnable}</bpmn:process>
            <bpmn:process id="other" isExecutable="false" />
            """);

        Assert.Equal(["BPMN-DEPLOY-001 other"], Validation.Errors(xml));
    }

    [Fact]
    public void Validate_CollectsEveryErrorNotOnlyTheFirst()
    {
        var xml = Process("""
            <bpmn:startEvent id="s" />
            <bpmn:serviceTask id="job" />
            <bpmn:businessRuleTask id="rule" />
            <bpmn:callActivity id="call" />
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="job" />
            <bpmn:sequenceFlow id="f2" sourceRef="job" targetRef="rule" />
            <bpmn:sequenceFlow id="f3" sourceRef="rule" targetRef="call" />
            """);

        Assert.Equal(["BPMN-CALL-001 call", "BPMN-JOB-001 job", "BPMN-UNSUPPORTED-001 rule"], Validation.Errors(xml));
    }

    [Fact]
    public void Validate_ReportsLineAndColumnOfTheElement()
    {
        var check = BpmnValidator.Validate(Around("<bpmn:serviceTask id=\"n\" />"), TestExpressionSyntax.Instance);

        var error = Assert.Single(check.Errors);
        Assert.Equal((6, 2), (error.Line, error.Column));
        Assert.Null(check.Definition);
    }
}
