import type BpmnModeler from 'bpmn-js/lib/Modeler';
import { diff } from 'bpmn-js-differ';

/** What changed from a published version to the diagram on the canvas, by element id. */
export interface DiffSummary {
  added: string[];
  removed: string[];
  changed: string[];
  layoutChanged: string[];
}

const MARKERS = { added: 'lc-diff-added', changed: 'lc-diff-changed', layoutChanged: 'lc-diff-layout' } as const;

interface Canvas { addMarker(id: string, marker: string): void; removeMarker(id: string, marker: string): void }
interface ElementRegistry { get(id: string): object | undefined; getAll(): { id: string }[] }
interface Moddle { fromXML(xml: string): Promise<{ rootElement: object }> }

/** bpmn-js-differ's result, reduced to sorted id lists (it keys its maps by element id). */
export function summarize(oldDefinitions: object, newDefinitions: object): DiffSummary {
  const result = diff(oldDefinitions, newDefinitions);
  const ids = (map: Record<string, unknown> | undefined) => Object.keys(map ?? {}).sort();
  return {
    added: ids(result._added),
    removed: ids(result._removed),
    changed: ids(result._changed),
    layoutChanged: ids(result._layoutChanged).filter((id) => !(id in (result._changed ?? {}))),
  };
}

/** Compares the canvas with another version's XML, marks added/changed/moved elements and lists every change. */
export async function compareWith(modeler: BpmnModeler, otherXml: string, list: HTMLElement): Promise<DiffSummary> {
  const { rootElement } = await modeler.get<Moddle>('moddle').fromXML(otherXml);
  const summary = summarize(rootElement, modeler.getDefinitions() as object);
  clearDiff(modeler);
  const canvas = modeler.get<Canvas>('canvas');
  const registry = modeler.get<ElementRegistry>('elementRegistry');
  for (const kind of ['added', 'changed', 'layoutChanged'] as const) {
    for (const id of summary[kind].filter((i) => registry.get(i))) {
      canvas.addMarker(id, MARKERS[kind]);
    }
  }

  const labels = { added: 'Thêm', removed: 'Bỏ', changed: 'Sửa', layoutChanged: 'Di chuyển' } as const;
  list.replaceChildren(...(['added', 'removed', 'changed', 'layoutChanged'] as const).flatMap((kind) => summary[kind].map((id) => {
    const item = document.createElement('li');
    item.dataset.kind = kind;
    item.dataset.elementId = id;
    item.textContent = `${labels[kind]}: ${id}`;
    return item;
  })));
  return summary;
}

export function clearDiff(modeler: BpmnModeler): void {
  const canvas = modeler.get<Canvas>('canvas');
  for (const element of modeler.get<ElementRegistry>('elementRegistry').getAll()) {
    for (const marker of Object.values(MARKERS)) {
      canvas.removeMarker(element.id, marker);
    }
  }
}
