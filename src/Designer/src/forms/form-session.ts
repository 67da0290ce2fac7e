import type { Deployed, DeploymentFile, FormSchema } from '../api/forms';
import { emptyForm } from './subset';

/** A form opened or created in this session of the designer. */
export interface SessionForm {
  formId: string;
  /** The latest deployed version when it was opened or made here; null for a form not published yet. */
  version: number | null;
  /** The form as the editor gave it back right after opening it, what "changed" compares with ('' for a form made here). */
  baseline: string;
  /** The form now. */
  schema: FormSchema;
}

const FILE_SUFFIX = '.form';

/** The form a deployment file or an error's `resource` names (`verify.form` → `verify`), or null for another file. */
export function formIdOfFile(name: string | null | undefined): string | null {
  return name?.endsWith(FILE_SUFFIX) ? name.slice(0, -FILE_SUFFIX.length) : null;
}

/**
 * The forms of this session: every form opened or created, with what it was when opened. Publishing and checking send
 * the changed ones (created, or different from their baseline) beside the diagram; the draft keeps them.
 */
export class FormSession {
  private readonly forms = new Map<string, SessionForm>();

  get(formId: string): SessionForm | undefined {
    return this.forms.get(formId);
  }

  all(): SessionForm[] {
    return [...this.forms.values()].sort((a, b) => a.formId.localeCompare(b.formId));
  }

  /** Keeps a deployed form as opened (a form already in the session keeps its edits). */
  open(formId: string, version: number, schema: FormSchema): SessionForm {
    const form = this.forms.get(formId) ?? { formId, version, baseline: JSON.stringify(schema), schema };
    this.forms.set(formId, form);
    return form;
  }

  /** A form made here (new, or imported from a file): changed until published. */
  create(formId: string, schema: FormSchema = emptyForm(formId), version: number | null = null): SessionForm {
    const form: SessionForm = { formId, version, baseline: '', schema: { ...schema, id: formId } };
    this.forms.set(formId, form);
    return form;
  }

  /** The editor's latest form. Its id stays the form id it was opened or created with. */
  update(formId: string, schema: FormSchema): void {
    const form = this.forms.get(formId);
    if (form) {
      form.schema = { ...schema, id: formId };
    }
  }

  isChanged(form: SessionForm): boolean {
    return JSON.stringify(form.schema) !== form.baseline;
  }

  changed(): SessionForm[] {
    return this.all().filter((f) => this.isChanged(f));
  }

  /** One `<formId>.form` file per changed form, for a deployment. */
  files(): DeploymentFile[] {
    return this.changed().map((f) => ({ name: `${f.formId}${FILE_SUFFIX}`, content: JSON.stringify(f.schema, null, 2) }));
  }

  /** After a deployment: the forms it holds are as published now. */
  published(deployed: Deployed['forms']): void {
    for (const { formId, version } of deployed) {
      const form = this.forms.get(formId);
      if (form) {
        Object.assign(form, { version, baseline: JSON.stringify(form.schema) });
      }
    }
  }

  /** Puts back forms kept in a draft (they replace the same forms of this session). */
  restore(forms: readonly SessionForm[]): void {
    for (const form of forms) {
      this.forms.set(form.formId, { ...form });
    }
  }
}
