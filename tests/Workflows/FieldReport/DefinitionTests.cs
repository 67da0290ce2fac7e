using System.Xml.Linq;
using LaiChau.Workflows.Bpmn;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Tests.FieldReport;

/// <summary>workflows/field-report.bpmn against the contract (docs/field-report-process.md) and the subset.</summary>
public sealed class DefinitionTests
{
    private static readonly BpmnDeployCheck Check =
        BpmnValidator.Validate(FieldReportDefinition.Xml, new FeelExpressionSyntax(FieldReportDefinition.Functions));

    private static ProcessModel Process => Check.Definition!.Processes.Single();

    [Fact]
    public void Deploy_HasNoError()
    {
        Assert.Empty(Check.Errors.Select(e => $"{e.Code} {e.ElementId}: {e.MessageEn}"));
        Assert.Equal(("field-report", "Giải quyết phản ánh hiện trường"), (Process.Id, Process.Name));
    }

    [Fact]
    public void Contract_UserTasksExistWithTheirIds()
    {
        foreach (var id in new[] { "verify", "coordinate", "direct", "record-result", "approve-result", "clarify", "assign-agency" })
        {
            Assert.IsType<UserTask>(Process.FindNode(id));
        }
    }

    [Fact]
    public void Values_OfTheRegulation_AreVisibleInTheDefinition()
    {
        var xml = FieldReportDefinition.Xml;
        foreach (var value in new[] { ">P1D<", "\"P2D", "P5D", ">P6D<", "PT4H", ">P30D<" })
        {
            Assert.Contains(value, xml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Diagram_HasAShapeForEveryNodeAndAnEdgeForEveryFlow()
    {
        var doc = XDocument.Parse(FieldReportDefinition.Xml);
        XNamespace bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
        XNamespace di = "http://www.omg.org/spec/BPMN/20100524/DI";
        var process = doc.Root!.Element(bpmn + "process")!;
        var flows = process.Descendants(bpmn + "sequenceFlow").Select(f => (string)f.Attribute("id")!).ToHashSet();
        var nodes = process.Descendants()
            .Where(e => e.Name.Namespace == bpmn && e.Attribute("id") is not null && e.Parent!.Name.LocalName is "process" or "subProcess"
                && e.Name.LocalName != "sequenceFlow")
            .Select(e => (string)e.Attribute("id")!).ToHashSet();
        var shapes = doc.Descendants(di + "BPMNShape").Select(s => (string)s.Attribute("bpmnElement")!).ToHashSet();
        var edges = doc.Descendants(di + "BPMNEdge").Select(s => (string)s.Attribute("bpmnElement")!).ToHashSet();

        Assert.Empty(nodes.Except(shapes));
        Assert.Empty(flows.Except(edges));
        Assert.True(nodes.Count > 50, $"{nodes.Count} nodes");
    }
}
