import type BpmnModeler from 'bpmn-js/lib/Modeler';
import { lint, type LintIssue } from './linter';
import type { ModdleNode } from './rules';

const OVERLAY_TYPE = 'lc-lint';
const DELAY_MS = 300;

interface Overlays { add(id: string, type: string, overlay: object): string; remove(filter: { type: string }): void }
interface ElementRegistry { get(id: string): { id: string } | undefined }
interface EventBus { on(event: string, callback: () => void): void }

/**
 * Lints the diagram while it is drawn (after each change, debounced) and shows each finding as a small badge on its
 * element ("!" for what the server would refuse, "?" for a modelling hint) and in the list below the canvas.
 */
export function attachLinting(modeler: BpmnModeler, list: HTMLElement): () => Promise<LintIssue[]> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async () => {
    const definitions = modeler.getDefinitions() as unknown as ModdleNode | undefined;
    const issues = definitions ? await lint(definitions) : [];
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
    if (issue.elementId && registry.get(issue.elementId)) {
      perElement.set(issue.elementId, [...(perElement.get(issue.elementId) ?? []), issue]);
    }

    const item = document.createElement('li');
    item.dataset.elementId = issue.elementId ?? '';
    item.dataset.category = issue.category;
    item.textContent = `${issue.elementId ? `[${issue.elementId}] ` : ''}${issue.message}`;
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
