import type BpmnModeler from 'bpmn-js/lib/Modeler';
import type { CamundaReport } from '@camunda/linting';
import { camundaLint } from './camunda';
import { lint, type LintIssue } from './linter';
import type { ModdleNode } from './rules';

const OVERLAY_TYPE = 'lc-lint';
const DELAY_MS = 300;

interface Overlays { add(id: string, type: string, overlay: object): string; remove(filter: { type: string }): void }
interface ElementRegistry { get(id: string): { id: string } | undefined }
interface EventBus { on(event: string, callback: () => void): void }
interface Selection { select(element: object): void }
/** @camunda/linting/modeler: its findings on the properties panel's fields, and a finding's field shown. */
interface CamundaLinting { setErrors(reports: CamundaReport[]): void; showError(report: CamundaReport): void }

/**
 * Lints the diagram while it is drawn (after each change, debounced) with our rules and Camunda's linter, and shows
 * each finding as a small badge on its element ("!" for an error, "?" for a hint) and in the list below the canvas;
 * Camunda's findings also mark the properties panel's fields they concern.
 */
export function attachLinting(modeler: BpmnModeler, list: HTMLElement): () => Promise<LintIssue[]> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async () => {
    const definitions = modeler.getDefinitions() as unknown as ModdleNode | undefined;
    const [ours, camunda] = definitions
      ? await Promise.all([lint(definitions), camundaLint(definitions)])
      : [[], { reports: [], issues: [] }];
    modeler.get<CamundaLinting>('linting').setErrors(camunda.reports);
    const issues = [...ours, ...camunda.issues];
    render(modeler, issues, list);
    return issues;
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DELAY_MS);
  };
  const events = modeler.get<EventBus>('eventBus');
  events.on('import.done', schedule);
  events.on('commandStack.changed', schedule);
  return run;
}

function render(modeler: BpmnModeler, issues: readonly LintIssue[], list: HTMLElement): void {
  const overlays = modeler.get<Overlays>('overlays');
  const registry = modeler.get<ElementRegistry>('elementRegistry');
  overlays.remove({ type: OVERLAY_TYPE });
  list.replaceChildren();
  const perElement = new Map<string, LintIssue[]>();
  for (const issue of issues) {
    const element = issue.elementId ? registry.get(issue.elementId) : undefined;
    if (element) {
      perElement.set(element.id, [...(perElement.get(element.id) ?? []), issue]);
    }

    const item = document.createElement('li');
    item.dataset.elementId = issue.elementId ?? '';
    item.dataset.category = issue.category;
    item.dataset.source = issue.source;
    item.textContent = `${issue.elementId ? `[${issue.elementId}] ` : ''}${issue.source === 'camunda' ? 'Camunda: ' : ''}${issue.message}`;
    // A click shows the element; for Camunda's findings, also the panel's field it concerns.
    const { report } = issue;
    if (report) {
      item.addEventListener('click', () => modeler.get<CamundaLinting>('linting').showError(report));
    } else if (element) {
      item.addEventListener('click', () => modeler.get<Selection>('selection').select(element));
    }

    item.classList.toggle('lc-link', report !== undefined || element !== undefined);
    list.append(item);
  }

  for (const [id, elementIssues] of perElement) {
    const badge = document.createElement('div');
    const isError = elementIssues.some((i) => i.category === 'error');
    badge.className = `lc-lint-badge ${isError ? 'lc-lint-error' : 'lc-lint-warn'}`;
    badge.dataset.elementId = id;
    badge.textContent = isError ? '!' : '?';
    badge.title = elementIssues.map((i) => i.message).join('\n');
    overlays.add(id, OVERLAY_TYPE, { position: { bottom: 10, left: -8 }, html: badge });
  }
}
