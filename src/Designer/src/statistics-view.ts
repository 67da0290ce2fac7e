import type BpmnModeler from 'bpmn-js/lib/Modeler';
import type { ElementStatistics } from './api/client';

const OVERLAY_TYPE = 'lc-stats';

interface Overlays { add(id: string, type: string, overlay: object): string; remove(filter: { type: string }): void }
interface ElementRegistry { get(id: string): object | undefined }

/** Badge text: waiting count, then overdue and incidents only when there are some (kept short for the canvas). */
export function statisticsLabel(s: ElementStatistics): string {
  return [
    `${s.waiting} đang chờ`,
    s.overdue > 0 ? `${s.overdue} quá hạn` : '',
    s.incidents > 0 ? `${s.incidents} sự cố` : '',
  ].filter(Boolean).join(' · ');
}

/**
 * Shows the live numbers of the opened version under each element that has any (a click opens the instances behind
 * the number); clears them when given none.
 */
export function showStatistics(
  modeler: BpmnModeler,
  statistics: readonly ElementStatistics[],
  openNumber: (statistics: ElementStatistics) => void = () => {},
): void {
  const overlays = modeler.get<Overlays>('overlays');
  const registry = modeler.get<ElementRegistry>('elementRegistry');
  overlays.remove({ type: OVERLAY_TYPE });
  for (const s of statistics) {
    if (!registry.get(s.elementId)) {
      continue;
    }

    const badge = document.createElement('div');
    badge.className = `lc-stats-badge${s.overdue > 0 || s.incidents > 0 ? ' lc-stats-alert' : ''}`;
    badge.dataset.elementId = s.elementId;
    badge.dataset.waiting = String(s.waiting);
    badge.textContent = statisticsLabel(s);
    badge.title = 'Xem các hồ sơ đang chờ ở đây';
    badge.addEventListener('click', () => openNumber(s));
    overlays.add(s.elementId, OVERLAY_TYPE, { position: { bottom: -6, left: 0 }, html: badge });
  }
}
