namespace LaiChau.EngineLoad;

internal static class Processes
{
    /// <summary>start → service task (no-op) → user task (group "officers") → end: the shape of issue 4 point 10 (a).</summary>
    public const string ServiceThenTask = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="http://laichau.invalid/load">
          <bpmn:process id="load" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:serviceTask id="prepare"><bpmn:extensionElements><zeebe:taskDefinition type="noop" /></bpmn:extensionElements></bpmn:serviceTask>
            <bpmn:userTask id="verify"><bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="officers" /></bpmn:extensionElements></bpmn:userTask>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="prepare" />
            <bpmn:sequenceFlow id="f2" sourceRef="prepare" targetRef="verify" />
            <bpmn:sequenceFlow id="f3" sourceRef="verify" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>start → user task → end: instances that wait (memory run).</summary>
    public const string Waiting = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="http://laichau.invalid/load">
          <bpmn:process id="waiting" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="verify"><bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="officers" /></bpmn:extensionElements></bpmn:userTask>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="verify" />
            <bpmn:sequenceFlow id="f2" sourceRef="verify" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
