import type { FormSummary } from '../api/forms';
import type { Choice } from '../panel/pick-entry';
import type { SessionForm } from './form-session';

/**
 * The form ids a user task can link: every deployed form (its latest version) and the forms created in this session
 * and not published yet, once each, in id order.
 */
export function formChoices(deployed: readonly FormSummary[], session: readonly SessionForm[]): Choice[] {
  const labels = new Map<string, string>();
  for (const form of deployed) {
    labels.set(form.formId, `${form.formId} (phiên bản ${form.version})`);
  }

  for (const form of session) {
    if (!labels.has(form.formId)) {
      labels.set(form.formId, form.version === null ? `${form.formId} (mới, chưa xuất bản)` : `${form.formId} (phiên bản ${form.version})`);
    }
  }

  return [...labels].sort(([a], [b]) => a.localeCompare(b)).map(([value, label]) => ({ value, label }));
}
