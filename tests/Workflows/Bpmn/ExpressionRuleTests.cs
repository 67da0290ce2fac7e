using LaiChau.Workflows.Bpmn;
using static LaiChau.Workflows.Tests.Bpmn.TestBpmn;

namespace LaiChau.Workflows.Tests.Bpmn;

public sealed class ExpressionRuleTests
{
    public static TheoryData<string, string, string> BadExpressions() => new()
    {
        { "<bpmn:userTask id=\"n\"><bpmn:extensionElements><zeebe:assignmentDefinition assignee=\"=nguoiXuLy(\" /></bpmn:extensionElements></bpmn:userTask>", "n", "@assignee" },
        { "<bpmn:userTask id=\"n\"><bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups=\"=[&quot;a&quot;\" /></bpmn:extensionElements></bpmn:userTask>", "n", "@candidateGroups" },
        { "<bpmn:userTask id=\"n\"><bpmn:extensionElements><zeebe:taskSchedule dueDate=\"=\" /></bpmn:extensionElements></bpmn:userTask>", "n", "@dueDate" },
        { "<bpmn:serviceTask id=\"n\"><bpmn:extensionElements><zeebe:taskDefinition type=\"=loai)\" /></bpmn:extensionElements></bpmn:serviceTask>", "n", "@type" },
        { "<bpmn:serviceTask id=\"n\"><bpmn:extensionElements><zeebe:taskDefinition type=\"x\" retries=\"=(3\" /><zeebe:ioMapping><zeebe:input source=\"=a\" target=\"ok\" /></zeebe:ioMapping></bpmn:extensionElements></bpmn:serviceTask>", "n", "@retries" },
        { "<bpmn:task id=\"n\"><bpmn:extensionElements><zeebe:ioMapping><zeebe:input source=\"={a: 1\" target=\"ngữCảnh\" /></zeebe:ioMapping></bpmn:extensionElements></bpmn:task>", "n", "zeebe:input[ngữCảnh]" },
        { "<bpmn:task id=\"n\"><bpmn:extensionElements><zeebe:ioMapping><zeebe:output source=\"=&quot;mở\" target=\"kq\" /></zeebe:ioMapping></bpmn:extensionElements></bpmn:task>", "n", "zeebe:output[kq]" },
        { "<bpmn:callActivity id=\"n\"><bpmn:extensionElements><zeebe:calledElement processId=\"=ma(\" /></bpmn:extensionElements></bpmn:callActivity>", "n", "@processId" },
        { "<bpmn:task id=\"n\"><bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements><zeebe:loopCharacteristics inputCollection=\"=]\" /></bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics></bpmn:task>", "n", "@inputCollection" },
        { "<bpmn:task id=\"n\"><bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements><zeebe:loopCharacteristics inputCollection=\"=xs\" /></bpmn:extensionElements><bpmn:completionCondition>=(</bpmn:completionCondition></bpmn:multiInstanceLoopCharacteristics></bpmn:task>", "n", "completionCondition" },
    };

    [Theory]
    [MemberData(nameof(BadExpressions))]
    public void Validate_OfBadExpression_ReportsElementFieldAndReason(string node, string id, string field)
    {
        var error = Assert.Single(BpmnValidator.Validate(Around(node), TestExpressionSyntax.Instance).Errors);

        Assert.Equal((BpmnErrors.InvalidExpression.Code, id), (error.Code, error.ElementId));
        Assert.Contains(field, error.MessageEn, StringComparison.Ordinal);
        Assert.Contains(field, error.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OfBadCorrelationKey_ReportsTheMessage()
    {
        var xml = Around("<bpmn:receiveTask id=\"n\" messageRef=\"m2\" />", """
            <bpmn:message id="m2" name="x"><bpmn:extensionElements><zeebe:subscription correlationKey="=(ma" /></bpmn:extensionElements></bpmn:message>
            """);

        Assert.Equal(["BPMN-EXPR-001 m2"], Validation.Errors(xml));
    }

    [Fact]
    public void Validate_OfBadMessageNameExpression_ReportsTheMessage()
    {
        var xml = Around("<bpmn:receiveTask id=\"n\" messageRef=\"m3\" />", """
            <bpmn:message id="m3" name="=&quot;ho-so-&quot; + (ma"><bpmn:extensionElements><zeebe:subscription correlationKey="=ma" /></bpmn:extensionElements></bpmn:message>
            """);

        Assert.Equal(["BPMN-EXPR-001 m3"], Validation.Errors(xml));
    }

    [Fact]
    public void Validate_OfBadConditionAndLiteralCondition_ReportsEachFlow()
    {
        var xml = Process("""
            <bpmn:startEvent id="s" />
            <bpmn:exclusiveGateway id="g" />
            <bpmn:endEvent id="a" />
            <bpmn:endEvent id="b" />
            <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="g" />
            <bpmn:sequenceFlow id="fa" sourceRef="g" targetRef="a"><bpmn:conditionExpression>=(x &gt; 1</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="fb" sourceRef="g" targetRef="b"><bpmn:conditionExpression>${x &lt;= 1}</bpmn:conditionExpression></bpmn:sequenceFlow>
            """);

        Assert.Equal(["BPMN-EXPR-001 fa", "BPMN-EXPR-002 fb"], Validation.Errors(xml));
    }

    [Fact]
    public void Validate_OfLiteralValues_DoesNotCheckThemAsExpressions() =>
        Assert.Empty(Validation.Errors(Around(
            "<bpmn:userTask id=\"n\"><bpmn:extensionElements><zeebe:assignmentDefinition assignee=\"cán bộ (tiếp nhận\" /></bpmn:extensionElements></bpmn:userTask>")));

    [Fact]
    public void Validate_PassesTheTextAfterTheEqualsSignToTheChecker()
    {
        var seen = new List<string>();
        var xml = Around("<bpmn:userTask id=\"n\"><bpmn:extensionElements><zeebe:assignmentDefinition assignee=\"= nguoi.ma\" /></bpmn:extensionElements></bpmn:userTask>");

        BpmnValidator.Validate(xml, new RecordingSyntax(seen));

        Assert.Equal([" nguoi.ma"], seen);
    }

    private sealed class RecordingSyntax(List<string> seen) : IExpressionSyntax
    {
        public ExpressionSyntaxError? Check(string expression)
        {
            seen.Add(expression);
            return null;
        }
    }
}
