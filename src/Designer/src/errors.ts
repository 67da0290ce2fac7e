import type BpmnModeler from 'bpmn-js/lib/Modeler';
import type { BpmnError } from './api/client';
import { formIdOfFile } from './forms/form-session';

const OVERLAY_TYPE = 'lc-validation';
const MARKER = 'lc-invalid';

interface Overlays { add(id: string, type: string, overlay: object): string; remove(filter: { type: string }): void }
interface Canvas { addMarker(id: string, marker: string): void; removeMarker(id: string, marker: string): void }
interface ElementRegistry { get(id: string): { id: string } | undefined; getAll(): { id: string }[] }
interface Selection { select(element: object): void }

/** The message an administrator reads: Vietnamese when the engine gave one. */
export function errorText(error: BpmnError): string {
  const where = error.line ? ` (dòng ${error.line})` : '';
  return `${error.messageVi ?? error.message}${where}`;
}

/** Clears the previous check's markers and list. */
export function clearErrors(modeler: BpmnModeler, list: HTMLElement): void {
  const canvas = modeler.get<Canvas>('canvas');
  modeler.get<Overlays>('overlays').remove({ type: OVERLAY_TYPE });
  for (const element of modeler.get<ElementRegistry>('elementRegistry').getAll()) {
    canvas.removeMarker(element.id, MARKER);
  }

  list.replaceChildren();
}

/**
 * Shows each error on the element it names (red marker + badge with the message) and in the list below
 * the canvas; clicking a list entry selects its element. An error about a form is listed with the form's file name,
 * and a click opens that form at the component it names. Errors without an element are only listed.
 */
export function showErrors(modeler: BpmnModeler, errors: readonly BpmnError[], list: HTMLElement,
  openForm?: (formId: string, componentId: string | null) => void): void {
  clearErrors(modeler, list);
  const registry = modeler.get<ElementRegistry>('elementRegistry');
  const perElement = new Map<string, BpmnError[]>();
  for (const error of errors) {
    const formId = formIdOfFile(error.resource);
    const element = formId === null && error.elementId ? registry.get(error.elementId) : undefined;
    if (element) {
      perElement.set(element.id, [...(perElement.get(element.id) ?? []), error]);
    }

    const item = document.createElement('li');
    const where = [formId === null ? null : error.resource, error.elementId].filter((part) => part).join(' · ');
    item.textContent = `${where ? `[${where}] ` : ''}${errorText(error)}`;
    item.dataset.elementId = error.elementId ?? '';
    item.dataset.resource = error.resource ?? '';
    if (element) {
      item.classList.add('lc-link');
      item.addEventListener('click', () => modeler.get<Selection>('selection').select(element));
    } else if (formId !== null && openForm) {
      item.classList.add('lc-link');
      item.addEventListener('click', () => openForm(formId, error.elementId));
    }

    list.append(item);
  }

  const canvas = modeler.get<Canvas>('canvas');
  const overlays = modeler.get<Overlays>('overlays');
  for (const [id, elementErrors] of perElement) {
    canvas.addMarker(id, MARKER);
    const badge = document.createElement('div');
    badge.className = 'lc-error-badge';
    badge.dataset.testid = 'error-badge';
    badge.dataset.elementId = id;
    badge.textContent = String(elementErrors.length);
    badge.title = elementErrors.map(errorText).join('\n');
    overlays.add(id, OVERLAY_TYPE, { position: { top: -10, right: 10 }, html: badge });
  }
}
