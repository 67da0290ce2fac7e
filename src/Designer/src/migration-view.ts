import type { DesignerApi, InstanceDetails, MigrationResult } from './api/client';

/** The engine remaps waiting tokens by element id, so the suggestion keeps each waiting element's id. */
export function suggestMapping(activeElementIds: readonly string[]): Record<string, string> {
  return Object.fromEntries(activeElementIds.map((id) => [id, id]));
}

export function describeMigration(result: MigrationResult): string {
  if (!result.isValid) {
    return `Không chuyển được sang phiên bản ${result.targetVersion}: `
      + result.errors.map((e) => (e.elementId ? `[${e.elementId}] ${e.message}` : e.message)).join('; ');
  }

  return result.dryRun
    ? `Có thể chuyển sang phiên bản ${result.targetVersion} (thử, chưa chuyển).`
    : `Đã chuyển hồ sơ sang phiên bản ${result.targetVersion}.`;
}

/**
 * Offers to move the opened instance to the latest version of its process: a dry run first ("Thử chuyển"), then the
 * migration itself ("Chuyển"), enabled only after a dry run that the engine accepted.
 */
export function renderMigration(
  container: HTMLElement,
  api: DesignerApi,
  instance: InstanceDetails,
  latestVersion: number | undefined,
  report: (text: string, ok: boolean) => void,
): void {
  container.replaceChildren();
  if (!latestVersion || latestVersion <= instance.version || ['completed', 'terminated'].includes(instance.state)) {
    return;
  }

  const mapping = suggestMapping(instance.activeElementIds);
  const label = document.createElement('span');
  label.textContent = `Chuyển hồ sơ sang phiên bản ${latestVersion}: `;
  const tryButton = document.createElement('button');
  tryButton.type = 'button';
  tryButton.id = 'migrate-dry-run';
  tryButton.textContent = 'Thử chuyển';
  const goButton = document.createElement('button');
  goButton.type = 'button';
  goButton.id = 'migrate';
  goButton.textContent = 'Chuyển';
  goButton.disabled = true;
  const attempt = async (dryRun: boolean) => {
    try {
      const result = await api.migrate(instance.id, latestVersion, mapping, dryRun);
      report(describeMigration(result), result.isValid);
      goButton.disabled = !(dryRun && result.isValid);
    } catch (error) {
      report(error instanceof Error ? error.message : String(error), false);
    }
  };
  tryButton.addEventListener('click', () => void attempt(true));
  goButton.addEventListener('click', () => void attempt(false));
  container.append(label, tryButton, goButton);
}
