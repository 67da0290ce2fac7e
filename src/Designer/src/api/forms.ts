// Forms and deployments as the host's API shows them (`/api/v1/forms`, `POST /api/v1/deployments`, issue 16).

/** A Camunda Form (form-js JSON): its `id` is the form id user tasks link with `zeebe:formDefinition formId`. */
export interface FormSchema {
  id: string;
  components: unknown[];
  [property: string]: unknown;
}

/** One deployed version of a form (`GET /api/v1/forms`). */
export interface FormSummary {
  id: string;
  formId: string;
  version: number;
  hash?: string;
  deployedAt: string;
  deployedBy: string | null;
  changeNote?: string | null;
}

export interface FormDetails extends FormSummary {
  schema: FormSchema;
}

/** One file of a deployment: a `.bpmn` diagram or a `.form`. */
export interface DeploymentFile {
  name: string;
  content: string;
}

/** What `POST /api/v1/deployments` made: a version per process and per form, each new or as deployed before. */
export interface Deployed {
  processes: { id: string; key: string; version: number; isNew: boolean }[];
  forms: { id: string; formId: string; version: number; isNew: boolean }[];
}

/** The newest version of each form id, in id order. */
export function latestForms(summaries: readonly FormSummary[]): FormSummary[] {
  const latest = new Map<string, FormSummary>();
  for (const summary of summaries) {
    if ((latest.get(summary.formId)?.version ?? 0) < summary.version) {
      latest.set(summary.formId, summary);
    }
  }

  return [...latest.values()].sort((a, b) => a.formId.localeCompare(b.formId));
}

/** One part per file (the host reads the kind from the name), then the change note when there is one. */
export function deploymentForm(files: readonly DeploymentFile[], changeNote = ''): FormData {
  const form = new FormData();
  for (const file of files) {
    form.append('resources', new Blob([file.content], { type: file.name.endsWith('.form') ? 'application/json' : 'application/xml' }), file.name);
  }

  if (changeNote) {
    form.append('changeNote', changeNote);
  }

  return form;
}
