import type { BulkMigrationResult, DefinitionSummary, DesignerApi } from './api/client';

export function describeBulkMigration(result: BulkMigrationResult): string {
  const target = `phiên bản ${result.targetVersion}`;
  if (result.refused.length > 0) {
    return `Không chuyển hồ sơ nào: ${result.refused.length}/${result.instances} hồ sơ không chuyển được sang ${target} (xem danh sách).`;
  }

  if (result.dryRun) {
    return `Có thể chuyển cả ${result.instances} hồ sơ sang ${target} (thử, chưa chuyển).`;
  }

  return `Đã chuyển ${result.migrated} hồ sơ sang ${target}.`;
}

/** Each refused instance with the engine's reasons (element ids first, as on the canvas). */
export function renderRefusals(list: HTMLElement, result: BulkMigrationResult): void {
  list.replaceChildren(...result.refused.map((refusal) => {
    const item = document.createElement('li');
    item.dataset.instanceId = refusal.instanceId;
    item.textContent = `${refusal.instanceId}: `
      + refusal.errors.map((e) => (e.elementId ? `[${e.elementId}] ${e.message}` : e.message)).join('; ');
    return item;
  }));
}

/**
 * On an older version with running instances, offers to move them all to the latest: "Thử chuyển tất cả" (a dry run
 * over every instance), then "Chuyển tất cả", enabled only after a dry run that refused none.
 */
export function renderBulkMigration(
  container: HTMLElement,
  api: DesignerApi,
  version: DefinitionSummary,
  latestVersion: number | undefined,
  report: (text: string, ok: boolean) => void,
  migrated: () => Promise<void>,
): void {
  container.replaceChildren();
  if (!latestVersion || latestVersion <= version.version || !version.activeInstances) {
    return;
  }

  const label = document.createElement('span');
  label.textContent = `Chuyển cả ${version.activeInstances} hồ sơ đang chạy sang phiên bản ${latestVersion}: `;
  const tryButton = button('migrate-all-dry-run', 'Thử chuyển tất cả');
  const goButton = button('migrate-all', 'Chuyển tất cả');
  goButton.disabled = true;
  const refusals = document.createElement('ul');
  refusals.className = 'lc-errors';
  refusals.dataset.testid = 'migration-refusals';
  const attempt = async (dryRun: boolean) => {
    try {
      const result = await api.migrateVersion(version.key, version.version, latestVersion, dryRun);
      renderRefusals(refusals, result);
      report(describeBulkMigration(result), result.refused.length === 0);
      goButton.disabled = !(dryRun && result.refused.length === 0);
      if (!dryRun && result.migrated > 0) {
        await migrated();
      }
    } catch (error) {
      report(error instanceof Error ? error.message : String(error), false);
    }
  };
  tryButton.addEventListener('click', () => void attempt(true));
  goButton.addEventListener('click', () => void attempt(false));
  container.append(label, tryButton, goButton, refusals);
}

function button(id: string, text: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.id = id;
  element.textContent = text;
  return element;
}
