using LaiChau.Workflows.Bpmn;
using static LaiChau.Workflows.Tests.Bpmn.TestBpmn;

namespace LaiChau.Workflows.Tests.Bpmn;

/// <summary>ADR 0021: a message's <c>senders</c> property is read with the message and refused at deploy when it names an unknown kind.</summary>
public sealed class MessageSenderRuleTests
{
    private static string WithSenders(string? senders) => Around(
        """<bpmn:intermediateCatchEvent id="n"><bpmn:messageEventDefinition messageRef="m" /></bpmn:intermediateCatchEvent>""",
        $"""
        <bpmn:message id="m" name="report-reroute">
          <bpmn:extensionElements>
            <zeebe:subscription correlationKey="=reportCode" />
            {(senders is null ? "" : $"""<zeebe:properties><zeebe:property name="senders" value="{senders}" /></zeebe:properties>""")}
          </bpmn:extensionElements>
        </bpmn:message>
        """);

    [Theory]
    [InlineData("centre", new[] { "centre" })]
    [InlineData("citizen, integration", new[] { "citizen", "integration" })]
    [InlineData("staff,centre,system", new[] { "staff", "centre", "system" })]
    public void Read_OfSenders_ListsTheKinds(string senders, string[] expected)
    {
        var check = BpmnValidator.Validate(WithSenders(senders), TestExpressionSyntax.Instance);

        Assert.Empty(check.Errors);
        Assert.Equal(expected, check.Definition!.Messages["m"].Senders);
    }

    [Fact]
    public void Read_WithoutSenders_IsNull() =>
        Assert.Null(BpmnReader.Read(WithSenders(null)).Definition!.Messages["m"].Senders);

    [Theory]
    [InlineData("center")]
    [InlineData("citizen,")]
    [InlineData("")]
    public void Validate_OfAnUnknownSender_RefusesTheMessage(string senders)
    {
        var error = Assert.Single(BpmnValidator.Validate(WithSenders(senders), TestExpressionSyntax.Instance).Errors);

        Assert.Equal(("BPMN-PROP-002", "m"), (error.Code, error.ElementId));
        Assert.Contains("Message 'report-reroute' names sender", error.MessageEn, StringComparison.Ordinal);
        Assert.Contains("citizen, staff, centre, system, integration", error.MessageEn, StringComparison.Ordinal);
        Assert.Contains("Thông điệp 'report-reroute'", error.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Vocabulary_NamesTheSendersPropertyAndItsKinds() =>
        Assert.Equal(("senders", 5), (ZeebeVocabulary.Property.Senders, ZeebeVocabulary.Sender.All.Count));
}
