import { ensureExtension, updateCommand } from '../panel/extension-commands';
import { pickEntryModule } from '../panel/pick-entry';

/**
 * In a user task's "Biểu mẫu" group, the known form ids (deployed, and made in this session; see form-choices.ts).
 * A pick links that Camunda Form (`zeebe:formDefinition formId`), dropping any form key or external reference; the
 * Zeebe "Mã biểu mẫu" field stays free text.
 */
export const formChoiceModule = pickEntryModule({
  id: 'lcFormChoice',
  group: 'form',
  after: ['formId', 'formType'],
  label: 'Chọn biểu mẫu có sẵn',
  placeholder: '— chọn biểu mẫu —',
  commands(element, formId, factory) {
    const { extension, commands } = ensureExtension(element, 'zeebe:FormDefinition', factory);
    return [...commands, updateCommand(element, extension, { formId, formKey: undefined, externalReference: undefined })];
  },
});
