// Loaded with a dynamic import when the forms area is first opened: form-js-editor and its styles are a large part of
// the designer and most visits never edit a form.
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import '@bpmn-io/form-js-editor/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js-editor/dist/assets/dragula.css';
import '@bpmn-io/form-js-editor/dist/assets/properties-panel.css';
import { FormEditor } from '@bpmn-io/form-js-editor';
import type { FormSchema } from '../api/forms';
import { keepTranslated } from './dom-translator';
import { SUPPORTED_TYPES } from './subset';
import { viForms } from './vi-forms';

interface FieldDefinition { config: { name?: string; label?: string; [key: string]: unknown } }
interface FormFields { _formFields: Record<string, FieldDefinition>; get(type: string): FieldDefinition | undefined }
interface Group { id: string; entries?: { id: string }[] }
interface EventBus { on(event: string, callback: () => void): void }

/**
 * The palette lists what `formFields._formFields` holds (form-js-editor reads that map directly; it has no option to
 * choose the entries). It gets the supported types only, named in Vietnamese, so the palette's search finds
 * Vietnamese names; `get`, which renders and imports, still knows every type, so an imported form with another type
 * opens and the server's refusal names its component.
 */
class SupportedPalette {
  static $inject = ['formFields'];

  constructor(formFields: FormFields) {
    const all = { ...formFields._formFields };
    formFields._formFields = Object.fromEntries(SUPPORTED_TYPES.filter((type) => all[type]).map((type) => {
      const config = all[type].config;
      const name = config.name ?? config.label ?? type;
      return [type, { ...all[type], config: { ...config, name: viForms[name] ?? name } }];
    }));
    formFields.get = (type) => all[type] ?? formFields._formFields[type];
  }
}

/** The form's own id is the form id chosen when it was created (publishing keeps it): the panel does not offer it. */
class FormIdReadOnly {
  static $inject = ['propertiesPanel'];

  constructor(propertiesPanel: { registerProvider(provider: object, priority: number): void }) {
    propertiesPanel.registerProvider(this, 500); // after the editor's own provider (1000)
  }

  getGroups(field: { type: string }) {
    return (groups: Group[]) => groups.map((group) => field.type === 'default' && group.id === 'general'
      ? { ...group, entries: group.entries?.filter((entry) => entry.id !== 'id') }
      : group);
  }
}

const laichauFormModule = {
  __init__: ['lcSupportedPalette', 'lcFormIdReadOnly'],
  lcSupportedPalette: ['type', SupportedPalette],
  lcFormIdReadOnly: ['type', FormIdReadOnly],
};

/** What the forms area needs of the editor. */
export interface FormEditorHandle {
  /** Shows `schema` for editing; gives back the form as the editor exports it (the baseline of "changed"). */
  open(schema: FormSchema): Promise<FormSchema>;
  schema(): FormSchema;
  /** Called after each edit (and each undo or redo). */
  onChange(callback: () => void): void;
  /** Selects a component by id, so its properties show; false when the form has none with that id. */
  select(componentId: string): boolean;
}

export function createFormEditor(canvas: HTMLElement, palette: HTMLElement, properties: HTMLElement): FormEditorHandle {
  const editor = new FormEditor({
    container: canvas,
    palette: { parent: palette },
    propertiesPanel: { parent: properties },
    exporter: { name: 'LaiChau.Workflow', version: '1.0' },
    additionalModules: [laichauFormModule],
  });
  for (const root of [canvas, palette, properties]) {
    keepTranslated(root);
  }

  return {
    async open(schema) {
      await editor.importSchema(schema);
      return editor.saveSchema() as FormSchema;
    },
    schema: () => editor.saveSchema() as FormSchema,
    onChange: (callback) => editor.get<EventBus>('eventBus').on('commandStack.changed', callback),
    select(componentId) {
      const field = editor.get<{ get(id: string): object | undefined }>('formFieldRegistry').get(componentId);
      if (field) {
        editor.get<{ set(field: object): void }>('selection').set(field);
      }

      return field !== undefined;
    },
  };
}
