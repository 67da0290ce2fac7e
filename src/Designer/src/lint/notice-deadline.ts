import type { ModdleNode, Reporter, RuleFactory } from './rules';

// R7.3 (issue 16 point 4): the "still handling" notice tells the citizen that the report passed its resolution
// deadline. A boundary timer on a sub-process that leads to that notice after N working days must therefore fire
// after the deadline: N greater than the process's resolution limit in working days.

const DEFAULT_LIMIT_DAYS = 5;
const NOTICE_JOB_TYPE = 'notice';
const STILL_HANDLING = 'still-handling';
const WORKING_DAYS = 'working-days';

const values = (node: ModdleNode | undefined): ModdleNode[] =>
  ((node?.extensionElements as { values?: ModdleNode[] } | undefined)?.values ?? []);
const extension = (node: ModdleNode, type: string) => values(node).find((v) => v.$instanceOf(type));
const list = (node: ModdleNode | undefined, property: string) => ((node?.[property] as ModdleNode[] | undefined) ?? []);

/** Every flow element of a process, sub-processes included. */
function flowElements(container: ModdleNode): ModdleNode[] {
  return list(container, 'flowElements').flatMap((e) => [e, ...(e.$instanceOf('bpmn:SubProcess') ? flowElements(e) : [])]);
}

/**
 * The resolution limit in working days: the largest whole number the `resolutionDue` input mapping passes to
 * `add working days(…)` (start-clock: `min([agency resolution days(…), 5])`), else 5.
 */
export function resolutionLimitDays(elements: readonly ModdleNode[]): number {
  const days = elements
    .flatMap((e) => list(extension(e, 'zeebe:IoMapping'), 'inputParameters'))
    .filter((input) => input.target === 'resolutionDue' && typeof input.source === 'string')
    .flatMap((input) => {
      const call = (input.source as string).split('add working days(').slice(1).join(' ');
      return [...call.replace(/"[^"]*"/g, '').matchAll(/(?<![\w.])(\d+)(?![\w.])/g)].map((m) => Number(m[1]));
    });
  return days.length ? Math.max(...days) : DEFAULT_LIMIT_DAYS;
}

/** The working days of a timer `P<n>D` on the working-day calendar, or null for any other timer. */
function workingDays(event: ModdleNode): number | null {
  const timer = list(event, 'eventDefinitions').find((d) => d.$instanceOf('bpmn:TimerEventDefinition'));
  const duration = (timer?.timeDuration as { body?: string } | undefined)?.body?.trim() ?? '';
  const calendar = list(extension(event, 'zeebe:Properties'), 'properties').find((p) => p.name === 'calendar')?.value;
  const match = /^P(\d+)D$/.exec(duration);
  return match && calendar === WORKING_DAYS ? Number(match[1]) : null;
}

function isStillHandlingNotice(node: ModdleNode): boolean {
  return ['bpmn:SendTask', 'bpmn:ServiceTask'].some((t) => node.$instanceOf(t))
    && extension(node, 'zeebe:TaskDefinition')?.type === NOTICE_JOB_TYPE
    && list(extension(node, 'zeebe:TaskHeaders'), 'values').some((h) => h.key === 'kind' && h.value === STILL_HANDLING);
}

/** The tasks a boundary event leads to: along its outgoing flows through events and gateways, up to the first task. */
function reachedTasks(start: ModdleNode): ModdleNode[] {
  const seen = new Set<ModdleNode>();
  const tasks: ModdleNode[] = [];
  const visit = (node: ModdleNode) => {
    for (const flow of list(node, 'outgoing')) {
      const target = flow.targetRef as ModdleNode | undefined;
      if (target && !seen.has(target)) {
        seen.add(target);
        if (target.$instanceOf('bpmn:Activity')) {
          tasks.push(target);
        } else {
          visit(target);
        }
      }
    }
  };
  visit(start);
  return tasks;
}

export const noticeAfterDeadline: RuleFactory = () => ({
  check(node: ModdleNode, reporter: Reporter) {
    if (!node.$instanceOf('bpmn:Process')) {
      return;
    }

    const elements = flowElements(node);
    const limit = resolutionLimitDays(elements);
    for (const event of elements.filter((e) => e.$instanceOf('bpmn:BoundaryEvent'))) {
      const days = workingDays(event);
      const host = event.attachedToRef as ModdleNode | undefined;
      if (days !== null && days <= limit && host?.$instanceOf('bpmn:SubProcess') && reachedTasks(event).some(isStillHandlingNotice)) {
        reporter.report(event.id, `Thông báo "đang xử lý" gửi sau ${days} ngày làm việc, không muộn hơn thời hạn giải quyết `
          + `${limit} ngày làm việc mà nó báo đã qua (R7.3): đặt hẹn giờ lớn hơn, ví dụ P${limit + 1}D.`);
      }
    }
  },
});
