import type { ElementStatistics, IncidentView } from './api/client';

/**
 * The instances behind a number on the canvas, as buttons under it; a click opens that instance's path. When more
 * wait than the statistics' sample, "Xem thêm" loads the next page after the last id shown.
 */
export function renderInstances(
  list: HTMLElement,
  statistics: ElementStatistics,
  open: (instanceId: string) => void,
  loadMore?: (after: string) => Promise<string[]>,
): void {
  const heading = document.createElement('li');
  heading.className = 'lc-instances-heading';
  const shown: string[] = [];
  const more = document.createElement('button');
  more.type = 'button';
  more.id = 'more-instances';
  more.textContent = 'Xem thêm';
  const moreItem = document.createElement('li');
  moreItem.append(more);
  const add = (ids: readonly string[]) => {
    shown.push(...ids);
    moreItem.before(...ids.map((id) => instanceItem(id, open)));
    heading.textContent = `Hồ sơ đang chờ tại ${statistics.elementId} (${shown.length}/${statistics.waiting}):`;
    moreItem.hidden = !loadMore || shown.length >= statistics.waiting;
  };
  more.addEventListener('click', () => void loadMore?.(shown[shown.length - 1]).then((ids) => {
    more.textContent = 'Xem thêm';
    add(ids);
    moreItem.hidden ||= ids.length === 0; // fewer waiting now than when counted
  }, () => {
    more.textContent = 'Không tải được — thử lại';
  }));
  list.replaceChildren(heading, moreItem);
  add(statistics.instanceIds);
}

function instanceItem(id: string, open: (instanceId: string) => void): HTMLLIElement {
  const item = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.instanceId = id;
  button.textContent = id;
  button.addEventListener('click', () => open(id));
  item.append(button);
  return item;
}

/** The open incidents of the opened instance, each with a retry button. */
export function renderIncidents(list: HTMLElement, incidents: readonly IncidentView[], retry: (incident: IncidentView) => void): void {
  list.replaceChildren(...incidents.map((incident) => {
    const item = document.createElement('li');
    item.dataset.incidentId = incident.id;
    item.dataset.elementId = incident.elementId;
    item.textContent = `Sự cố tại ${incident.elementId}: ${incident.message} `;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Thử lại';
    button.addEventListener('click', () => retry(incident));
    item.append(button);
    return item;
  }));
}
