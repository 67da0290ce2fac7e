// The diagram "Tạo mới" starts from: one executable process with a start event, ids unique per call
// so that a new process never overwrites an existing key by accident. It declares the Camunda version it is for, as
// the shipped definitions do, so that Camunda's linter checks it (lint/camunda.ts).
export function blankDiagram(suffix: string = Date.now().toString(36)): string {
  const processId = `Process_${suffix}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
  xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:modeler="http://camunda.org/schema/modeler/1.0"
  modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.6.0"
  id="Definitions_${suffix}" targetNamespace="http://laichau.gov.vn/bpmn">
  <bpmn:process id="${processId}" name="Quy trình mới" isExecutable="true">
    <bpmn:startEvent id="StartEvent_1" name="Bắt đầu" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="${processId}">
      <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1">
        <dc:Bounds x="180" y="160" width="36" height="36" />
      </bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;
}
