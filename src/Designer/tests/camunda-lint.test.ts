import { Linter } from '@camunda/linting';
import { BpmnModdle } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import zeebe from 'zeebe-bpmn-moddle/resources/zeebe.json';
import modeler from 'modeler-moddle/resources/modeler.json';
import { camundaLint } from '../src/lint/camunda';
import { camundaMessageVi } from '../src/lint/camunda-messages';
import type { ModdleNode } from '../src/lint/rules';

// Issue 16 point 7: what we ship opens cleanly in Camunda's own tools (the Web Modeler's linter, the version the file declares).
const shipped = import.meta.glob('../../../workflows/*.bpmn', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

const declared = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
  xmlns:modeler="http://camunda.org/schema/modeler/1.0" modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.6.0"
  id="D" targetNamespace="t">
  <bpmn:process id="P" isExecutable="true">${body}</bpmn:process>
</bpmn:definitions>`;

const moddle = new BpmnModdle({ zeebe, modeler });
const definitionsOf = async (xml: string) => (await moddle.fromXML(xml)).rootElement as unknown as ModdleNode;

describe("Camunda's linter on the shipped definitions", () => {
  it('finds the shipped files', () => {
    expect(Object.keys(shipped).length).toBeGreaterThan(0);
  });

  it.each(Object.entries(shipped).map(([path, xml]) => [path.split('/').pop(), xml]))('%s has no error', async (_, xml) => {
    const reports = await new Linter({ modeler: 'web' }).lint(xml);
    expect(reports.filter((r) => r.category === 'error').map((r) => `${r.id}: ${r.message}`)).toEqual([]);
  });

  it('does find errors in a file that has some (the check can fail)', async () => {
    const reports = await new Linter({ modeler: 'web' }).lint(declared('<bpmn:serviceTask id="T" />'));
    expect(reports.filter((r) => r.category === 'error').map((r) => r.id)).toContain('T');
  });
});

describe("Camunda's findings in the designer", () => {
  it('are lint issues in Vietnamese, with the report kept for the properties panel', async () => {
    const { issues, reports } = await camundaLint(await definitionsOf(declared(`
      <bpmn:serviceTask id="T" />
      <bpmn:intermediateCatchEvent id="Wait"><bpmn:timerEventDefinition /></bpmn:intermediateCatchEvent>`)));
    const task = issues.find((i) => i.elementId === 'T' && i.category === 'error');
    expect(task).toMatchObject({ source: 'camunda', message: '“Công việc dịch vụ” phải có “Loại công việc (job type)”.' });
    expect(task?.report?.id).toBe('T');
    expect(reports.every((r) => !/ must | supported by /.test(r.message))).toBe(true);
    expect(issues.find((i) => i.elementId === 'Wait')?.message).toBe('“Sự kiện chờ hẹn giờ” phải có “Kiểu hẹn giờ”.');
  });

  it('are not looked for in a diagram that declares no Camunda version', async () => {
    const xml = declared('<bpmn:serviceTask id="T" />').replace(/modeler:executionPlatform(Version)?="[^"]*"/g, '');
    expect((await camundaLint(await definitionsOf(xml))).issues).toEqual([]);
  });
});

describe('camundaMessageVi', () => {
  it.each([
    ['A <Process> must be <Executable>', '“Quy trình” phải được đánh dấu “Có thể chạy”.'],
    ['A <Business Rule Task> is not supported by Camunda 8.6', 'Camunda 8.6 không hỗ trợ “Công việc theo luật nghiệp vụ”.'],
    ['A <User Task> with <Priority> is only supported by Camunda 8.6 or newer', 'Chỉ Camunda 8.6 trở lên mới hỗ trợ “Công việc của người dùng” có “Độ ưu tiên”.'],
    ['A <User Task> should have a defined <Form>', '“Công việc của người dùng” nên có “Biểu mẫu”.'],
    ['A <Sequence Flow> must have a defined <Condition expression> or be the default <Sequence Flow>',
      '“Luồng tuần tự” phải có “Biểu thức điều kiện” hoặc là “Luồng tuần tự” mặc định.'],
    ['An <Error Boundary Event> is not allowed on a <Send Task>', 'Không được gắn “Sự kiện biên lỗi” vào “Công việc gửi”.'],
  ])('translates "%s"', (english, vietnamese) => {
    expect(camundaMessageVi(english)).toBe(vietnamese);
  });

  it('keeps a message of another shape as Camunda wrote it', () => {
    expect(camundaMessageVi('fromAi() should only be used inside an agentic sub-process.')).toBe('fromAi() should only be used inside an agentic sub-process.');
  });
});
