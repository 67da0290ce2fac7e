import type { ElementStatistics, IncidentView } from './api/client';

/** The instances behind a number on the canvas, as buttons under it; a click opens that instance's path. */
export function renderInstances(list: HTMLElement, statistics: ElementStatistics, open: (instanceId: string) => void): void {
  const heading = document.createElement('li');
  heading.className = 'lc-instances-heading';
  heading.textContent = `Hồ sơ đang chờ tại ${statistics.elementId} (${statistics.instanceIds.length}/${statistics.waiting}):`;
  list.replaceChildren(heading, ...statistics.instanceIds.map((id) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.instanceId = id;
    button.textContent = id;
    button.addEventListener('click', () => open(id));
    item.append(button);
    return item;
  }));
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
