import type { DesignerApi } from '../api/client';
import type { FormSchema, FormSummary } from '../api/forms';
import type { Choice } from '../panel/pick-entry';
import { formChoices } from './form-choices';
import type { FormEditorHandle } from './form-editor';
import { FormSession, type SessionForm } from './form-session';
import { formIdProblem } from './subset';

export interface FormsAreaElements {
  list: HTMLElement;
  current: HTMLElement;
  palette: HTMLElement;
  canvas: HTMLElement;
  properties: HTMLElement;
}

type Status = (text: string, kind?: 'info' | 'ok' | 'error') => void;

/**
 * The forms area beside the diagram: the deployed forms (latest version each) and the ones made in this session,
 * one of them open in form-js's editor. Every edit goes to the session (see form-session.ts), which publishing sends
 * with the diagram; `changed` tells the page (draft, the panel's form ids).
 */
export class FormsArea {
  readonly session = new FormSession();
  private deployed: FormSummary[] = [];
  private editor: Promise<FormEditorHandle> | undefined;
  private loaded: FormEditorHandle | undefined;
  private current: string | undefined;

  constructor(private readonly elements: FormsAreaElements, private readonly api: DesignerApi,
    private readonly status: Status, private readonly changed: (edited: boolean) => void) {}

  /** The form ids a user task can link. */
  choices(): Choice[] {
    return formChoices(this.deployed, this.session.all());
  }

  /** Loads the editor (the first time the area is shown). */
  async show(): Promise<void> {
    await this.loadEditor();
    if (!this.current) {
      this.elements.current.textContent = 'Chọn một biểu mẫu trong danh sách, hoặc tạo biểu mẫu mới.';
    }
  }

  /** Reads the deployed forms again (at start-up, after publishing). */
  async refresh(): Promise<void> {
    this.deployed = await this.api.listForms();
    this.render();
    this.changed(false); // new choices, no edit: a draft kept from before a reload must not be overwritten
  }

  /** Opens a form: the session's copy if it has one, else the latest deployed version. Selects `componentId` if given. */
  async open(formId: string, componentId?: string | null): Promise<void> {
    const editor = await this.loadEditor();
    this.flush();
    const kept = this.session.get(formId);
    if (kept) {
      await this.display(editor, kept);
    } else {
      const details = await this.api.getForm(formId);
      this.current = undefined; // the import's own events are no edits
      this.session.open(formId, details.version, await editor.open(details.schema));
      this.current = formId;
      this.render();
    }

    this.status(`Đã mở biểu mẫu ${formId}.`);

    if (componentId && !editor.select(componentId)) {
      this.status(`Biểu mẫu ${formId} không có thành phần "${componentId}".`, 'error');
    }
  }

  /** A new, empty form; false (with the reason in the status line) when the id cannot be used. */
  async create(formId: string): Promise<boolean> {
    const problem = formIdProblem(formId, (id) => this.session.get(id) !== undefined || this.deployed.some((f) => f.formId === id));
    if (problem) {
      this.status(problem, 'error');
      return false;
    }

    const editor = await this.loadEditor();
    this.flush();
    await this.display(editor, this.session.create(formId));
    this.changed(true);
    return true;
  }

  /** A form from a `.form` file (form-js JSON): a new form, or a new version of the deployed form with its id. */
  async importFile(file: File): Promise<void> {
    const schema = JSON.parse(await file.text()) as FormSchema;
    const formId = typeof schema.id === 'string' && schema.id ? schema.id : file.name.replace(/\.(form|json)$/, '');
    const problem = formIdProblem(formId, () => false);
    if (problem) {
      this.status(problem, 'error');
      return;
    }

    const editor = await this.loadEditor();
    this.flush();
    const version = this.deployed.find((f) => f.formId === formId)?.version ?? null;
    await this.display(editor, this.session.create(formId, schema, version));
    this.changed(true);
  }

  /** Puts the forms of a draft back. */
  restore(forms: readonly SessionForm[]): void {
    this.session.restore(forms);
    this.current = undefined;
    this.render();
    this.changed(true);
  }

  /** Keeps the editor's form in the session (each edit does; call before sending the session's files). */
  flush(): void {
    if (this.loaded && this.current) {
      this.session.update(this.current, this.loaded.schema());
    }
  }

  /** After a deployment: the forms it holds are as published, and the list shows their new versions. */
  async published(forms: Parameters<FormSession['published']>[0]): Promise<void> {
    this.session.published(forms);
    await this.refresh();
  }

  private loadEditor(): Promise<FormEditorHandle> {
    this.editor ??= import('./form-editor').then(({ createFormEditor }) => {
      const { canvas, palette, properties } = this.elements;
      const editor = createFormEditor(canvas, palette, properties);
      editor.onChange(() => {
        if (this.current) {
          this.session.update(this.current, editor.schema());
          this.render();
          this.changed(true);
        }
      });
      this.loaded = editor;
      return editor;
    });
    return this.editor;
  }

  private async display(editor: FormEditorHandle, form: SessionForm): Promise<void> {
    this.current = undefined; // the import's own events are no edits
    try {
      await editor.open(form.schema);
    } catch (error) {
      this.status(`Trình soạn thảo không mở được biểu mẫu ${form.formId} (${String(error)}); máy chủ vẫn kiểm tra nó khi lưu.`, 'error');
    }

    this.current = form.formId;
    this.render();
  }

  private render(): void {
    const deployed = new Map(this.deployed.map((f) => [f.formId, f]));
    const ids = [...new Set([...deployed.keys(), ...this.session.all().map((f) => f.formId)])].sort((a, b) => a.localeCompare(b));
    this.elements.list.replaceChildren(...ids.map((formId) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.formId = formId;
      button.textContent = `${formId} — ${this.describe(formId, deployed.get(formId))}`;
      button.classList.toggle('lc-current-form', formId === this.current);
      button.addEventListener('click', () => void this.open(formId).catch((error: unknown) => this.status(String(error), 'error')));
      item.append(button);
      return item;
    }));
    this.elements.current.textContent = this.current ? `${this.current} — ${this.describe(this.current, deployed.get(this.current))}` : '';
  }

  private describe(formId: string, deployed: FormSummary | undefined): string {
    const form = this.session.get(formId);
    if (!deployed) {
      return 'mới, chưa xuất bản';
    }

    return form && this.session.isChanged(form) ? `phiên bản ${deployed.version}, đã sửa` : `phiên bản ${deployed.version}`;
  }
}
