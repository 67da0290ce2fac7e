namespace LaiChau.Workflows.Tests.Bpmn;

/// <summary>Small BPMN files for rule tests: a definitions element with the BPMN and Zeebe namespaces around a body.</summary>
internal static class TestBpmn
{
    public static string Definitions(string body) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Definitions_1" targetNamespace="urn:test">
        {body}
        </bpmn:definitions>
        """;

    /// <summary>An executable process <c>p</c> holding <paramref name="body"/>, plus definitions-level <paramref name="extra"/>.</summary>
    public static string Process(string body, string extra = "") => Definitions($"""
        <bpmn:process id="p" name="Quy trình thử" isExecutable="true">
        {body}
        </bpmn:process>
        {extra}
        """);

    /// <summary>start → <paramref name="node"/> (id <c>n</c>) → end, for rules about one node.</summary>
    public static string Around(string node, string extra = "") => Process($"""
        <bpmn:startEvent id="start" />
        {node}
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="n" />
        <bpmn:sequenceFlow id="f2" sourceRef="n" targetRef="end" />
        """, extra);

    public const string Message = """
        <bpmn:message id="m" name="hồ sơ đã nhận">
          <bpmn:extensionElements><zeebe:subscription correlationKey="=maHoSo" /></bpmn:extensionElements>
        </bpmn:message>
        """;
}
