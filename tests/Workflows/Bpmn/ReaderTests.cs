using LaiChau.Workflows.Bpmn;
using LaiChau.Workflows.Model;
using static LaiChau.Workflows.Tests.Bpmn.TestBpmn;

namespace LaiChau.Workflows.Tests.Bpmn;

public sealed class ReaderTests
{
    [Fact]
    public void Read_OfZeebeExtensions_FillsTheModel()
    {
        var xml = Around("""
            <bpmn:userTask id="n" name="Xử lý">
              <bpmn:extensionElements>
                <zeebe:userTask />
                <zeebe:assignmentDefinition assignee="=canBo" candidateGroups="tiep-nhan" candidateUsers="an, binh" />
                <zeebe:taskSchedule dueDate="=now() + duration(&quot;P5D&quot;)" followUpDate="2025-01-01T00:00:00Z" />
                <zeebe:formDefinition formId="form-xu-ly" />
                <zeebe:properties><zeebe:property name="calendar" value="working-days" /></zeebe:properties>
                <zeebe:ioMapping><zeebe:input source="=hoSo.ma" target="ma" /><zeebe:output source="=ketQua" target="kq" /></zeebe:ioMapping>
              </bpmn:extensionElements>
            </bpmn:userTask>
            """);

        var task = Assert.IsType<UserTask>(BpmnReader.Read(xml).Definition!.Processes.Single().FindNode("n"));

        Assert.Equal(("=canBo", "tiep-nhan", "an, binh"), (task.Assignee, task.CandidateGroups, task.CandidateUsers));
        Assert.Equal("2025-01-01T00:00:00Z", task.FollowUpDate);
        Assert.Equal("form-xu-ly", task.FormId);
        Assert.True(task.IsZeebeUserTask);
        Assert.Equal(ZeebeVocabulary.Property.WorkingDays, task.Properties[ZeebeVocabulary.Property.Calendar]);
        Assert.Equal([new VariableMapping("=hoSo.ma", "ma")], task.IoMapping.Inputs);
        Assert.Equal([new VariableMapping("=ketQua", "kq")], task.IoMapping.Outputs);
        Assert.Equal("Xử lý", task.Name);
    }

    [Fact]
    public void Read_OfJobWithHeaders_KeepsTypeRetriesAndHeaders()
    {
        var xml = Around("""
            <bpmn:serviceTask id="n"><bpmn:extensionElements>
              <zeebe:taskDefinition type="gui-thu" retries="5" />
              <zeebe:taskHeaders><zeebe:header key="mau" value="thu-ket-qua" /></zeebe:taskHeaders>
            </bpmn:extensionElements></bpmn:serviceTask>
            """);

        var task = Assert.IsType<JobTask>(BpmnReader.Read(xml).Definition!.Processes.Single().FindNode("n"));

        Assert.Equal(JobTaskKind.Service, task.Kind);
        Assert.Equal(("gui-thu", "5"), (task.Job.Type, task.Job.Retries));
        Assert.Equal("thu-ket-qua", task.Job.Headers["mau"]);
    }

    [Theory]
    [InlineData("bpmn:", "xmlns:bpmn")]
    [InlineData("semantic:", "xmlns:semantic")]
    [InlineData("", "xmlns")]
    public void Read_ResolvesElementsByNamespaceNotPrefix(string prefix, string declaration)
    {
        var xml = $"""
            <{prefix}definitions {declaration}="http://www.omg.org/spec/BPMN/20100524/MODEL">
              <{prefix}process id="p" isExecutable="true">
                <{prefix}startEvent id="s" /><{prefix}endEvent id="e" />
                <{prefix}sequenceFlow id="f" sourceRef="s" targetRef="e" />
              </{prefix}process>
            </{prefix}definitions>
            """;

        var process = BpmnReader.Read(xml).Definition!.Processes.Single();

        Assert.Equal(["s", "e"], process.Nodes.Select(n => n.Id));
        Assert.Equal("f", Assert.Single(process.Flows).Id);
    }

    [Fact]
    public void Read_OfBpmnElementsUnderAnotherNamespace_DoesNotTakeThemForBpmn()
    {
        var xml = Definitions("""<bpmn:process id="p" isExecutable="true"><startEvent xmlns="urn:not-bpmn" id="s" /></bpmn:process>""");

        Assert.Empty(BpmnReader.Read(xml).Definition!.Processes.Single().Nodes);
    }

    [Fact]
    public void Read_KeepsTheXmlAndHashesIt()
    {
        var xml = Around("<bpmn:task id=\"n\" />");

        var first = BpmnReader.Read(xml).Definition!;
        var again = BpmnReader.Read(new string(xml.AsSpan())).Definition!;
        var other = BpmnReader.Read(xml + " ").Definition!;

        Assert.Same(xml, first.Xml);
        Assert.Matches("^[0-9a-f]{64}$", first.ContentHash);
        Assert.Equal(first.ContentHash, again.ContentHash);
        Assert.NotEqual(first.ContentHash, other.ContentHash);
    }

    [Fact]
    public void Read_OfFileOutsideTheSubset_ReturnsErrorsAndNoDefinition()
    {
        var read = BpmnReader.Read(Around("<bpmn:complexGateway id=\"n\" />"));

        Assert.Null(read.Definition);
        Assert.Equal("n", Assert.Single(read.Errors).ElementId);
    }

    [Fact]
    public void Read_OfDefinitionsLevelElements_FillsTheLookups()
    {
        var xml = Around("<bpmn:task id=\"n\" />", Message + """
            <bpmn:error id="err" errorCode="E1" />
            <bpmn:escalation id="esc" escalationCode="QUA_HAN" />
            """);

        var definition = BpmnReader.Read(xml).Definition!;

        Assert.Equal("=maHoSo", definition.Messages["m"].CorrelationKey);
        Assert.Equal("hồ sơ đã nhận", definition.Messages["m"].Name);
        Assert.Equal("E1", definition.Errors["err"]);
        Assert.Equal("QUA_HAN", definition.Escalations["esc"]);
    }

    [Theory]
    [MemberData(nameof(ConformanceTests.Files), MemberType = typeof(ConformanceTests))]
    public void Read_FromStream_GivesTheSameDefinitionAsFromText(string file)
    {
        using var stream = File.OpenRead(Conformance.PathOf(file));

        var fromStream = BpmnReader.Read(stream);
        var fromText = BpmnReader.Read(Conformance.Read(file));

        Assert.Equal(fromText.Errors, fromStream.Errors);
        Assert.Equal(fromText.Definition?.ContentHash, fromStream.Definition?.ContentHash);
    }

    [Fact]
    public void Read_FromStreamDeclaringLatin1_DecodesTheNames()
    {
        var xml = Around("<bpmn:task id=\"n\" name=\"café\" />").Replace("UTF-8", "ISO-8859-1", StringComparison.Ordinal);
        using var stream = new MemoryStream(System.Text.Encoding.Latin1.GetBytes(xml));

        var read = BpmnReader.Read(stream);

        Assert.Equal("café", read.Definition!.Processes.Single().FindNode("n")!.Name);
    }

    [Fact]
    public void Read_FromStreamWithUnknownEncoding_IsRefused()
    {
        using var stream = new MemoryStream(System.Text.Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"x-nope\"?><a/>"));

        Assert.Equal(BpmnErrors.MalformedXml.Code, Assert.Single(BpmnReader.Read(stream).Errors).Code);
    }

    [Fact]
    public void Read_ReturnsCollectionsThatCannotBeChanged()
    {
        var definition = BpmnReader.Read(Conformance.Read("C.9.2.bpmn")).Definition!;
        var process = definition.Processes.Single();
        var task = process.FindNode("UserTask_DecideOnApplication")!;

        object[] collections = [definition.Processes, definition.Messages, definition.Errors, process.Nodes, process.Flows,
            process.NodesById, task.Properties, task.IoMapping.Inputs];

        Assert.All(collections, c => Assert.True(c is System.Collections.IList { IsReadOnly: true } or System.Collections.IDictionary { IsReadOnly: true }, c.GetType().Name));
    }

    [Fact]
    public void Read_IndexesFlowsAcrossSubProcesses()
    {
        var process = BpmnReader.Read(Conformance.Read("C.9.2.bpmn")).Definition!.Processes.Single();

        Assert.Equal(["SequenceFlow_No", "SequenceFlow_Yes"], process.Outgoing("Gateway_FraudDetected").Select(f => f.Id).Order(StringComparer.Ordinal));
        Assert.Equal("=fraud", process.FindFlow("SequenceFlow_Yes")!.Condition);
        Assert.Empty(process.Outgoing("EndEvent_ManuallyDecided"));
    }
}
