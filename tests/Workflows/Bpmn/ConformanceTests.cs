using LaiChau.Workflows.Bpmn;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Tests.Bpmn;

/// <summary>The 21 reference models of the BPMN MIWG test suite (CC BY 3.0) and their bpmn.io round trips.</summary>
public sealed class ConformanceTests
{
    public static TheoryData<string> Files() => [.. Conformance.AllFiles()];

    public static TheoryData<string> Models() => [.. ConformanceTable.Expected.Keys];

    [Theory]
    [MemberData(nameof(Files))]
    public void ReadAndValidate_OfEveryReferenceFile_NeverThrow(string file)
    {
        var xml = Conformance.Read(file);

        var read = BpmnReader.Read(xml);
        var check = BpmnValidator.Validate(xml, TestExpressionSyntax.Instance);

        Assert.True(read.IsSuccess || read.Errors.Count > 0);
        Assert.True(check.IsValid || check.Errors.Count > 0);
        Assert.All(check.Errors, e => Assert.StartsWith("BPMN-", e.Code, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Validate_OfReferenceModelAndItsRoundTrip_ReportsExactlyTheTabledErrors(string model)
    {
        foreach (var file in new[] { $"{model}.bpmn", $"{model}-roundtrip.bpmn" })
        {
            var check = BpmnValidator.Validate(Conformance.Read(file), TestExpressionSyntax.Instance, BpmnValidationMode.Model);

            var reported = check.Errors.Select(e => $"{e.Code} {e.ElementId}").Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(ConformanceTable.Expected[model], reported);
            Assert.Equal(reported.Length == 0, check.IsValid);
        }
    }

    [Fact]
    public void Table_CoversEveryReferenceFile()
    {
        var models = Conformance.AllFiles().Select(f => f.Replace("-roundtrip", "", StringComparison.Ordinal)[..^".bpmn".Length]).ToHashSet();

        Assert.Equal(models.Order(), ConformanceTable.Expected.Keys.Order());
        Assert.Equal(42, Conformance.AllFiles().Count());
    }

    [Theory]
    [InlineData("C.9.1.bpmn")]
    [InlineData("C.9.1-roundtrip.bpmn")]
    [InlineData("C.9.2.bpmn")]
    [InlineData("C.9.2-roundtrip.bpmn")]
    public void Deploy_OfExecutableModelInsideTheSubset_Succeeds(string file)
    {
        var check = BpmnValidator.Validate(Conformance.Read(file), TestExpressionSyntax.Instance);

        Assert.Empty(check.Errors);
        Assert.True(check.IsValid);
        Assert.NotNull(check.Definition);
    }

    [Theory]
    [InlineData("A.1.0", "WFP-6-")]
    [InlineData("A.1.0-roundtrip", "WFP-6-")]
    public void Deploy_OfModelMarkedNonExecutable_IsRefusedWithTheProcessId(string model, string processId)
    {
        var check = BpmnValidator.Validate(Conformance.Read($"{model}.bpmn"), TestExpressionSyntax.Instance);

        Assert.Equal(
            [$"{BpmnErrors.NotExecutable.Code} {processId}", $"{BpmnErrors.NoExecutableProcess.Code} "],
            check.Errors.Select(e => $"{e.Code} {e.ElementId}").Order(StringComparer.Ordinal));
        Assert.Null(check.Definition);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Deploy_OfEveryModelOtherThanC91AndC92_IsRefused(string file)
    {
        var check = BpmnValidator.Validate(Conformance.Read(file), TestExpressionSyntax.Instance);

        Assert.Equal(file.StartsWith("C.9.1", StringComparison.Ordinal) || file.StartsWith("C.9.2", StringComparison.Ordinal), check.IsValid);
    }

    [Fact]
    public void Read_OfC91_BuildsTheModelWithZeebeExtensions()
    {
        var xml = Conformance.Read("C.9.1.bpmn");

        var definition = BpmnReader.Read(xml).Definition!;

        var process = Assert.Single(definition.Processes);
        Assert.Equal("requestDocument_en", process.Id);
        Assert.True(process.IsExecutable);
        var daily = Assert.IsType<BoundaryEvent>(process.FindNode("BoundaryEvent_1"));
        Assert.False(daily.CancelActivity);
        Assert.Equal("ReceiveTask_WaitForDocument", daily.AttachedToId);
        Assert.Equal(new TimerEventDefinition(TimerKind.Cycle, "R6/P1D"), daily.Definition);
        var wait = Assert.IsType<ReceiveTask>(process.FindNode("ReceiveTask_WaitForDocument"));
        Assert.Equal(new MessageEventDefinition("Message_1", "MESSAGE_documentReceived", "= documentReferenceId"), wait.Message);
        Assert.Equal("email", Assert.IsType<JobTask>(process.FindNode("SendTask_RequestDocument")).Job.Type);
        Assert.Same(xml, definition.Xml);
        Assert.Equal(64, definition.ContentHash.Length);
    }

    [Fact]
    public void Read_OfC92_BuildsEventSubProcessesCallActivityAndMultiInstance()
    {
        var process = BpmnReader.Read(Conformance.Read("C.9.2.bpmn")).Definition!.Processes.Single();

        var call = Assert.IsType<CallActivity>(process.FindNode("CallActivity_RequestDocument"));
        Assert.Equal("requestDocument_en", call.ProcessId);
        Assert.True(call.PropagateAllChildVariables);
        Assert.Equal(new MultiInstance(false, "=documents", "document", null, null, null), call.MultiInstance);
        var start = Assert.IsType<StartEvent>(process.FindNode("StartTimerEvent_AcceleratedDecision"));
        Assert.False(start.IsInterrupting);
        Assert.True(Assert.IsType<SubProcess>(process.FindNode("Activity_1esx1s7")).TriggeredByEvent);
        var decide = Assert.IsType<UserTask>(process.FindNode("UserTask_DecideOnApplication"));
        Assert.Equal("clerks", decide.CandidateGroups);
        Assert.Equal("camunda-forms:bpmn:userTaskForm_2s8lq02", decide.FormKey);
        Assert.Equal(["risksText", "age", "applicantName"], decide.IoMapping.Inputs.Select(i => i.Target));
        Assert.Equal("SequenceFlow_No", Assert.IsType<Gateway>(process.FindNode("Gateway_FraudDetected")).DefaultFlowId);
        var timeout = Assert.IsType<EndEvent>(process.FindNode("ErrorEndEvent_Timeout"));
        Assert.Equal(new ErrorEventDefinition("Error_0hvt466", "02"), timeout.Definition);
    }
}
