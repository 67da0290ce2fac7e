import { BpmnModdle } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import zeebe from 'zeebe-bpmn-moddle/resources/zeebe.json';
import { lint } from '../src/lint/linter';
import type { ModdleNode } from '../src/lint/rules';

const moddle = new BpmnModdle({ zeebe });

async function issuesOf(processBody: string, executable = true) {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="D" targetNamespace="t">
  <bpmn:process id="P" isExecutable="${executable}">
    <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
    ${processBody}
  </bpmn:process>
</bpmn:definitions>`;
  const { rootElement } = await moddle.fromXML(xml);
  return lint(rootElement as unknown as ModdleNode);
}

const chain = (task: string) => `${task}
    <bpmn:endEvent id="End"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="T" />
    <bpmn:sequenceFlow id="F2" sourceRef="T" targetRef="End" />`;

const rulesOf = (issues: { rule: string; elementId: string | null }[]) => issues.map((i) => `${i.rule}@${i.elementId}`).sort();

describe('lint rules mirroring the engine subset', () => {
  it('finds nothing in a supported process', async () => {
    const issues = await issuesOf(chain(`<bpmn:serviceTask id="T"><bpmn:extensionElements><zeebe:taskDefinition type="gui-thu" /></bpmn:extensionElements>
      <bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:serviceTask>`));
    expect(issues).toEqual([]);
  });

  it('requires a job type on a service task, as an error in Vietnamese', async () => {
    const issues = await issuesOf(chain('<bpmn:serviceTask id="T"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:serviceTask>'));
    expect(issues).toEqual([expect.objectContaining({ rule: 'job-type-required', elementId: 'T', category: 'error' })]);
    expect(issues[0].message).toContain('loại công việc');
  });

  it('refuses a business rule task and names the engine code', async () => {
    const issues = await issuesOf(chain('<bpmn:businessRuleTask id="T"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:businessRuleTask>'));
    expect(rulesOf(issues)).toEqual(['supported-elements@T']);
    expect(issues[0].message).toContain('BPMN-UNSUPPORTED-001');
  });

  it('refuses signal events', async () => {
    const issues = await issuesOf(chain(`<bpmn:intermediateCatchEvent id="T"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
      <bpmn:signalEventDefinition /></bpmn:intermediateCatchEvent>`));
    expect(rulesOf(issues)).toEqual(['supported-event-definitions@T']);
  });

  it('refuses a standard loop and a multi-instance without collection', async () => {
    const loop = await issuesOf(chain(`<bpmn:userTask id="T"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
      <bpmn:standardLoopCharacteristics /></bpmn:userTask>`));
    const multi = await issuesOf(chain(`<bpmn:userTask id="T"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
      <bpmn:multiInstanceLoopCharacteristics /></bpmn:userTask>`));
    expect(loop[0].message).toContain('BPMN-UNSUPPORTED-004');
    expect(rulesOf(multi)).toEqual(['multi-instance-collection@T']);
  });

  it('requires an executable process and the called process of a call activity', async () => {
    const issues = await issuesOf(chain('<bpmn:callActivity id="T"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:callActivity>'), false);
    expect(rulesOf(issues)).toEqual(['called-element-required@T', 'executable-process@P']);
  });

  it('warns, in Vietnamese, about a missing end event and a disconnected element', async () => {
    const issues = await issuesOf('<bpmn:userTask id="Alone" />');
    expect(issues.filter((i) => i.category === 'warn').map((i) => i.rule).sort())
      .toEqual(['end-event-required', 'no-disconnected', 'no-disconnected']);
    expect(issues.find((i) => i.rule === 'end-event-required')?.message).toContain('sự kiện kết thúc');
  });
});
