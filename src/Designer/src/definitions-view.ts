import type { DefinitionGroup, DefinitionSummary } from './api/client';

const dateFormat = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' });

/** The published processes, each with its versions newest first; a click opens that version. */
export function renderDefinitions(
  container: HTMLElement,
  groups: readonly DefinitionGroup[],
  open: (version: DefinitionSummary) => void,
): void {
  const heading = document.createElement('h2');
  heading.textContent = 'Quy trình đã xuất bản';
  container.replaceChildren(heading);
  if (groups.length === 0) {
    const empty = document.createElement('p');
    empty.textContent = 'Chưa có quy trình nào.';
    container.append(empty);
    return;
  }

  for (const group of groups) {
    const section = document.createElement('section');
    section.dataset.key = group.key;
    const title = document.createElement('h3');
    title.textContent = group.name ? `${group.name} (${group.key})` : group.key;
    const list = document.createElement('ul');
    for (const version of group.versions) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.testid = 'version';
      button.dataset.key = version.key;
      button.dataset.version = String(version.version);
      button.textContent = `Phiên bản ${version.version} · ${dateFormat.format(new Date(version.deployedAt))}`
        + (version.deployedBy ? ` · ${version.deployedBy}` : '')
        + ` · ${version.activeInstances ?? 0} đang chạy`;
      button.dataset.activeInstances = String(version.activeInstances ?? 0);
      button.addEventListener('click', () => open(version));
      item.append(button);
      if (version.changeNote) {
        const note = document.createElement('p');
        note.className = 'lc-change-note';
        note.dataset.testid = 'change-note';
        note.textContent = version.changeNote;
        item.append(note);
      }

      list.append(item);
    }

    section.append(title, list);
    container.append(section);
  }
}
