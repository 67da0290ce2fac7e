namespace LaiChau.Designer.Tests.Infrastructure;

/// <summary>Small BPMN files for the browser tests: one service task between a start and an end event.</summary>
public static class Diagrams
{
    /// <param name="jobType">null leaves the task without a job type, which the engine refuses (BPMN error on the task).</param>
    public static string ServiceTask(string processId, string taskName, string? jobType = "designer-test") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
          xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
          id="Definitions_{processId}" targetNamespace="http://laichau.gov.vn/bpmn">
          <bpmn:process id="{processId}" name="Quy trình thử {processId}" isExecutable="true">
            <bpmn:startEvent id="Start" name="Bắt đầu"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:serviceTask id="Task_1" name="{taskName}">
              {(jobType is null ? "" : $"<bpmn:extensionElements><zeebe:taskDefinition type=\"{jobType}\" /></bpmn:extensionElements>")}
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:serviceTask>
            <bpmn:endEvent id="End" name="Kết thúc"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_1" />
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_1" targetRef="End" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="Diagram_1">
            <bpmndi:BPMNPlane id="Plane_1" bpmnElement="{processId}">
              <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Task_1_di" bpmnElement="Task_1"><dc:Bounds x="240" y="80" width="100" height="80" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="392" y="102" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="188" y="120" /><di:waypoint x="240" y="120" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="340" y="120" /><di:waypoint x="392" y="120" /></bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;

    /// <summary>A user task due at <paramref name="dueDate"/> (an ISO instant), so that its instances wait there.</summary>
    public static string UserTask(string processId, string dueDate) =>
        ServiceTask(processId, "Xử lý phản ánh", jobType: null)
            .Replace("bpmn:serviceTask", "bpmn:userTask", StringComparison.Ordinal)
            .Replace("<bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>",
                $"<bpmn:extensionElements><zeebe:taskSchedule dueDate=\"{dueDate}\" /></bpmn:extensionElements>"
                + "<bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>", StringComparison.Ordinal);

    /// <summary>An intermediate timer (id Task_1) waiting one hour on the ordinary clock.</summary>
    public static string Timer(string processId) =>
        ServiceTask(processId, "Chờ", jobType: null)
            .Replace("<bpmn:serviceTask id=\"Task_1\" name=\"Chờ\">", "<bpmn:intermediateCatchEvent id=\"Task_1\" name=\"Chờ\">", StringComparison.Ordinal)
            .Replace("</bpmn:serviceTask>",
                "<bpmn:timerEventDefinition id=\"Timer_1\"><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition>"
                + "</bpmn:intermediateCatchEvent>", StringComparison.Ordinal);

    /// <summary>A user task (Task_1) whose form is the deployed Camunda Form <paramref name="formId"/>.</summary>
    public static string FormTask(string processId, string formId) =>
        UserTask(processId, "2030-01-01T00:00:00Z")
            .Replace("<zeebe:taskSchedule", $"<zeebe:formDefinition formId=\"{formId}\" /><zeebe:taskSchedule", StringComparison.Ordinal);

    /// <summary>The diagram declaring the Camunda version it is for (as the shipped ones do), so that Camunda's linter checks it.</summary>
    public static string ForCamunda(string xml) =>
        xml.Replace("xmlns:zeebe=\"http://camunda.org/schema/zeebe/1.0\"",
            "xmlns:zeebe=\"http://camunda.org/schema/zeebe/1.0\" xmlns:modeler=\"http://camunda.org/schema/modeler/1.0\" "
            + "modeler:executionPlatform=\"Camunda Cloud\" modeler:executionPlatformVersion=\"8.6.0\"", StringComparison.Ordinal);
}
