import type { ElementStatistics } from './api/client';

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
