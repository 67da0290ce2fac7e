using LaiChau.Workflows.Bpmn;
using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Tests.Bpmn;

/// <summary>
/// The subset must carry the regulation's process (R7.1–R7.5, R8.1): user tasks for agencies, working-day timers,
/// a call activity for transfers, consultation as multi-instance, an event-based wait for the citizen's reply.
/// </summary>
public sealed class RegulationShapeTests
{
    private static readonly string Xml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Bpmn", "Samples", "regulation-shape.bpmn"));

    /// <summary>The domain functions the host will register (their implementation comes with the calendar).</summary>
    private static readonly IExpressionSyntax WithCalendar = new FeelExpressionSyntax(FeelFunctions.BuiltIn
        .With("add working days", 2, 2, static (ReadOnlySpan<FeelValue> args, FeelContext context) => args[0]));

    [Fact]
    public void Deploy_RegulationShapedDefinition_IsValid()
    {
        var check = BpmnValidator.Validate(Xml, WithCalendar);

        Assert.Empty(check.Errors);
        Assert.NotNull(check.Definition);
    }

    [Fact]
    public void Deploy_WithoutTheCalendarFunctions_RefusesEachDueDateThatUsesThem()
    {
        var check = BpmnValidator.Validate(Xml, FeelExpressionSyntax.BuiltIn);

        Assert.Equal(["KiemTra", "XinYKien"], check.Errors.Select(e => e.ElementId).Order(StringComparer.Ordinal));
        Assert.All(check.Errors, e => Assert.Equal("BPMN-EXPR-001", e.Code));
    }

    [Fact]
    public void Read_WorkingDayTimers_KeepTheirCalendarProperty()
    {
        var process = BpmnValidator.Validate(Xml, WithCalendar).Definition!.Processes.Single();

        foreach (var id in new[] { "NhacQuaHan", "ThongBaoDangXuLy" })
        {
            Assert.Equal(ZeebeVocabulary.Property.WorkingDays, process.FindNode(id)!.Properties[ZeebeVocabulary.Property.Calendar]);
        }
    }
}
