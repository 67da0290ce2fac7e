import { BpmnModdle } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import zeebe from 'zeebe-bpmn-moddle/resources/zeebe.json';
import modeler from 'modeler-moddle/resources/modeler.json';
import fieldReport from '../../../workflows/field-report.bpmn?raw';
import { lint } from '../src/lint/linter';
import { resolutionLimitDays } from '../src/lint/notice-deadline';
import type { ModdleNode } from '../src/lint/rules';

const moddle = new BpmnModdle({ zeebe, modeler });

async function noticeIssues(xml: string) {
  const { rootElement } = await moddle.fromXML(xml);
  return (await lint(rootElement as unknown as ModdleNode)).filter((i) => i.rule === 'notice-after-deadline');
}

const stillHandlingAfter = (duration: string) => fieldReport.replace('>P6D</bpmn:timeDuration>', `>${duration}</bpmn:timeDuration>`);

describe('R7.3: the "still handling" notice falls after the deadline it announces', () => {
  it('accepts the shipped process (6 working days against a limit of 5)', async () => {
    expect(await noticeIssues(fieldReport)).toEqual([]);
  });

  it('warns, in Vietnamese, on the boundary timer when the notice would come at the deadline or before', async () => {
    for (const duration of ['P5D', 'P3D']) {
      const issues = await noticeIssues(stillHandlingAfter(duration));
      expect(issues).toEqual([expect.objectContaining({ elementId: 'still-handling-timer', category: 'warn', source: 'laichau' })]);
      expect(issues[0].message).toContain('thời hạn giải quyết 5 ngày làm việc');
      expect(issues[0].message).toContain('P6D');
    }
  });

  it('reads the limit from the resolutionDue input of the start-clock task', async () => {
    const longer = stillHandlingAfter('P6D').replace('5), 5]))" target="resolutionDue"', '7), 7]))" target="resolutionDue"');
    const issues = await noticeIssues(longer);
    expect(issues.map((i) => i.elementId)).toEqual(['still-handling-timer']);
    expect(issues[0].message).toContain('7 ngày làm việc');
  });

  it('leaves other timers alone: calendar days, another notice, a timer that is not on a sub-process', async () => {
    const calendarDays = stillHandlingAfter('P5D').replace(
      /(<bpmn:boundaryEvent id="still-handling-timer"[^]*?)<zeebe:property name="calendar" value="working-days" \/>/, '$1');
    const otherNotice = stillHandlingAfter('P5D').replace('value="still-handling"', 'value="receipt"');
    expect(await noticeIssues(calendarDays)).toEqual([]);
    expect(await noticeIssues(otherNotice)).toEqual([]);
    const onATask = stillHandlingAfter('P5D').replace(/(id="still-handling-timer"[^>]*attachedToRef=)"deadline-watch"/, '$1"decide-extension"');
    expect(onATask).not.toBe(stillHandlingAfter('P5D'));
    expect(await noticeIssues(onATask)).toEqual([]);
  });

  it('uses 5 working days when no resolutionDue input says otherwise', () => {
    expect(resolutionLimitDays([])).toBe(5);
  });
});
