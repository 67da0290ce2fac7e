using System.Text.Json;
using LaiChau.Workflows.Engine;

namespace LaiChau.Host.Tests.Workflows;

/// <summary>BPMN files for engine tests.</summary>
internal static class Processes
{
    /// <summary>The definitions a test deployed: the host deploys its shipped ones (workflows/*.bpmn) on first start.</summary>
    public static IReadOnlyList<DefinitionSummary> Own(IEnumerable<DefinitionSummary> definitions) =>
        [.. definitions.Where(d => d.DeployedBy != "shipped")];

    /// <summary>The same over the API's JSON list.</summary>
    public static int OwnCount(JsonElement definitions) =>
        definitions.EnumerateArray().Count(d => d.GetProperty("deployedBy").GetString() != "shipped");

    /// <param name="definitions">Elements beside the process: messages, errors.</param>
    public static string File(string processId, string body, string definitions = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                          id="d" targetNamespace="http://laichau.invalid/test">
          <bpmn:process id="{processId}" isExecutable="true">
        {body}
          </bpmn:process>
        {definitions}
        </bpmn:definitions>
        """;

    /// <summary>start → service task "prepare" (job type "prepare") → user task "verify" (group officers, due in 2 days) → end.</summary>
    public static string Intake(string processId = "intake", string taskName = "Xác minh phản ánh") => File(processId, $"""
        <bpmn:startEvent id="start" />
        <bpmn:serviceTask id="prepare"><bpmn:extensionElements><zeebe:taskDefinition type="prepare" retries="2" /></bpmn:extensionElements></bpmn:serviceTask>
        <bpmn:userTask id="verify" name="{taskName}">
          <bpmn:extensionElements>
            <zeebe:assignmentDefinition candidateGroups="officers" />
            <zeebe:taskSchedule dueDate="=now() + duration(&quot;P2D&quot;)" />
          </bpmn:extensionElements>
        </bpmn:userTask>
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="prepare" />
        <bpmn:sequenceFlow id="f2" sourceRef="prepare" targetRef="verify" />
        <bpmn:sequenceFlow id="f3" sourceRef="verify" targetRef="end" />
        """);

    /// <summary>start → user task "approve" (group leaders) → end.</summary>
    public static string Approval(string processId = "approval") => File(processId, """
        <bpmn:startEvent id="start" />
        <bpmn:userTask id="approve" name="Phê duyệt">
          <bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="leaders" /></bpmn:extensionElements>
        </bpmn:userTask>
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="approve" />
        <bpmn:sequenceFlow id="f2" sourceRef="approve" targetRef="end" />
        """);
}
