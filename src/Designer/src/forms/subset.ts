import type { FormSchema } from '../api/forms';

// What the host accepts of Camunda Forms (src/Workflows/Forms, docs/forms.md), known in the designer so that the
// editor offers nothing else. The server's check on publish stays the authority.

/** The component types the host renders and checks (FormComponentTypes.Supported), in the palette's order. */
export const SUPPORTED_TYPES: readonly string[] = [
  'textfield', 'textarea', 'number', 'datetime', 'filepicker', 'checkbox', 'checklist', 'radio', 'select', 'text', 'group',
];

/** FormReader.IsFormId: a letter, then letters, digits, `_ - .`; at most 100 characters. */
const FORM_ID = /^[A-Za-z][A-Za-z0-9_.-]{0,99}$/;

/** Why `id` cannot name a new form (Vietnamese), or null when it can. */
export function formIdProblem(id: string, taken: (id: string) => boolean): string | null {
  if (!FORM_ID.test(id)) {
    return 'Mã biểu mẫu bắt đầu bằng một chữ cái, sau đó chỉ gồm chữ cái không dấu, chữ số và _ - . (tối đa 100 ký tự).';
  }

  return taken(id) ? `Đã có biểu mẫu mã "${id}": hãy mở nó trong danh sách.` : null;
}

/** A new, empty form with the same header as the shipped ones (workflows/*.form). */
export function emptyForm(formId: string): FormSchema {
  return {
    executionPlatform: 'Camunda Cloud',
    executionPlatformVersion: '8.6.0',
    exporter: { name: 'LaiChau.Workflow', version: '1.0' },
    schemaVersion: 16,
    id: formId,
    type: 'default',
    components: [],
  };
}
