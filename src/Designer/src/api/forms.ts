// Forms and deployments as the host's API shows them (`/api/v1/forms`, `POST /api/v1/deployments`, issue 16); the
// answers' types come from the OpenAPI document (schema.d.ts), the form-js document's from form-js.
import type { components } from './schema';

/** A Camunda Form (form-js JSON): its `id` is the form id user tasks link with `zeebe:formDefinition formId`. */
export interface FormSchema {
  id: string;
  components: unknown[];
  [property: string]: unknown;
}

/** One deployed version of a form (`GET /api/v1/forms`). */
export type FormSummary = components['schemas']['FormSummary'];

/** One version with its schema, a form-js document (the host passes it through as JSON). */
export type FormDetails = Omit<components['schemas']['FormDetails'], 'schema'> & { schema: FormSchema };

/** One file of a deployment: a `.bpmn` diagram or a `.form`. */
export interface DeploymentFile {
  name: string;
  content: string;
}

/** What `POST /api/v1/deployments` made: a version per process and per form, each new or as deployed before. */
export type Deployed = components['schemas']['DeploymentDeployed'];

/** The newest version of each form id, in id order. */
export function latestForms<T extends Pick<FormSummary, 'formId' | 'version'>>(summaries: readonly T[]): T[] {
  const latest = new Map<string, T>();
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
