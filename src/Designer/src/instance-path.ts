import type BpmnModeler from 'bpmn-js/lib/Modeler';
import type { JournalItem } from './api/client';

/** Where one instance went: elements it completed, flows it took, and where its tokens are now. */
export interface InstancePath {
  completed: string[];
  flows: string[];
  active: string[];
}

const MARKERS = { completed: 'lc-path-done', flows: 'lc-path-done', active: 'lc-path-active' } as const;

interface Canvas { addMarker(id: string, marker: string): void; removeMarker(id: string, marker: string): void }
interface ElementRegistry { get(id: string): object | undefined; getAll(): { id: string }[] }

/** Reads the path from the journal (ElementCompleted, FlowTaken) and the instance's active elements. */
export function pathOf(journal: readonly JournalItem[], activeElementIds: readonly string[]): InstancePath {
  // The event's fields are whatever the event holds (the host passes its JSON through).
  const field = (item: JournalItem, name: string) => {
    const value = (item.data as Record<string, unknown> | null)?.[name];
    return typeof value === 'string' ? value : undefined;
  };
  const unique = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))].sort();
  return {
    completed: unique(journal.filter((e) => e.type === 'ElementCompleted').map((e) => field(e, 'elementId'))),
    flows: unique(journal.filter((e) => e.type === 'FlowTaken').map((e) => field(e, 'flowId'))),
    active: unique([...activeElementIds]),
  };
}

/** Marks the taken path green and the current tokens blue on the canvas (the instance's own version is open). */
export function showPath(modeler: BpmnModeler, path: InstancePath): void {
  clearPath(modeler);
  const canvas = modeler.get<Canvas>('canvas');
  const registry = modeler.get<ElementRegistry>('elementRegistry');
  for (const kind of ['completed', 'flows', 'active'] as const) {
    for (const id of path[kind].filter((i) => registry.get(i))) {
      canvas.addMarker(id, MARKERS[kind]);
    }
  }
}

export function clearPath(modeler: BpmnModeler): void {
  const canvas = modeler.get<Canvas>('canvas');
  for (const element of modeler.get<ElementRegistry>('elementRegistry').getAll()) {
    canvas.removeMarker(element.id, MARKERS.completed);
    canvas.removeMarker(element.id, MARKERS.active);
  }
}
