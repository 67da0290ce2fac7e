import type BpmnModeler from 'bpmn-js/lib/Modeler';
import type { ElementStatistics } from './api/client';

const OVERLAY_TYPE = 'lc-stats';

interface Overlays { add(id: string, type: string, overlay: object): string; remove(filter: { type: string }): void }
interface ElementRegistry { get(id: string): object | undefined }

const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** An average as administrators read it: "1,5 ngày", "3 giờ", "12 phút", "40 giây". */
export function formatDuration(seconds: number): string {
  const units: [number, string][] = [[86_400, 'ngày'], [3_600, 'giờ'], [60, 'phút']];
  const [size, name] = units.find(([unit]) => seconds >= unit) ?? [1, 'giây'];
  return `${decimal.format(seconds / size)} ${name}`;
}

/** Under a second is the engine passing through (start events, gateways): not worth a badge. */
const hasAverage = (s: ElementStatistics) => (s.averageSeconds ?? 0) >= 1;

/**
 * Badge text: waiting count (left out when only an average is known), overdue and incidents only when there are
 * some, then the average time of the last 30 days (kept short for the canvas).
 */
export function statisticsLabel(s: ElementStatistics): string {
  return [
    s.waiting > 0 || !hasAverage(s) ? `${s.waiting} đang chờ` : '',
    s.overdue > 0 ? `${s.overdue} quá hạn` : '',
    s.incidents > 0 ? `${s.incidents} sự cố` : '',
    hasAverage(s) ? `TB ${formatDuration(s.averageSeconds!)}` : '',
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
    if (!registry.get(s.elementId) || (s.waiting === 0 && s.incidents === 0 && !hasAverage(s))) {
      continue;
    }

    const badge = document.createElement('div');
    badge.className = `lc-stats-badge${s.overdue > 0 || s.incidents > 0 ? ' lc-stats-alert' : ''}`;
    badge.dataset.elementId = s.elementId;
    badge.dataset.waiting = String(s.waiting);
    badge.textContent = statisticsLabel(s);
    badge.title = hasAverage(s)
      ? `Xem các hồ sơ đang chờ ở đây. Thời gian trung bình 30 ngày qua, trên ${s.completed ?? 0} lần hoàn thành.`
      : 'Xem các hồ sơ đang chờ ở đây';
    badge.addEventListener('click', () => openNumber(s));
    overlays.add(s.elementId, OVERLAY_TYPE, { position: { bottom: -6, left: 0 }, html: badge });
  }
}
