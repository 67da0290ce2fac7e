using LaiChau.Workflows.Bpmn;
using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Tests.Bpmn;

/// <summary>The validator's checker is the real FEEL parser, aware of the functions the deployment registers.</summary>
public sealed class FeelExpressionSyntaxTests
{
    private const string DueDate = "add working days(today(), 5)";

    [Fact]
    public void Check_CallToUnregisteredDomainFunction_NamesTheFunction()
    {
        var error = FeelExpressionSyntax.BuiltIn.Check(DueDate);

        Assert.NotNull(error);
        Assert.Contains("add working days", error.Message);
    }

    [Fact]
    public void Check_CallToRegisteredDomainFunction_Parses()
    {
        var functions = FeelFunctions.BuiltIn.With("add working days", 2, 2,
            static (ReadOnlySpan<FeelValue> args, FeelContext context) => args[0]);

        Assert.Null(new FeelExpressionSyntax(functions).Check(DueDate));
    }

    [Fact]
    public void Check_IncompleteExpression_GivesTheOffsetOfTheProblem()
    {
        var error = FeelExpressionSyntax.BuiltIn.Check("outcome = \"accept\" and");

        Assert.NotNull(error);
        Assert.Equal(22, error.Offset);
    }

    [Fact]
    public void Validate_DefinitionCallingUnregisteredFunction_IsRefusedAtTheFlow()
    {
        var xml = Conformance.Read("C.9.1.bpmn").Replace("= documentReferenceId", "= add working days(today(), 5)", StringComparison.Ordinal);

        var check = BpmnValidator.Validate(xml, FeelExpressionSyntax.BuiltIn);

        Assert.False(check.IsValid);
        Assert.Contains(check.Errors, e => e.Code == "BPMN-EXPR-001" && e.MessageEn.Contains("add working days", StringComparison.Ordinal));
    }
}
