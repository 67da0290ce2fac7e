import { h } from '@bpmn-io/properties-panel/preact';
import { useService } from 'bpmn-js-properties-panel';
import { ensureExtension, updateCommand, type BpmnFactory, type Command, type Shape } from '../panel/extension-commands';
import { PickEntry, type Choice } from '../panel/pick-entry';

interface Group { id: string; entries: { id: string; component: unknown; choices?: Choice[] }[] }

/** The form ids the designer knows (deployed, and created in this session), kept up to date by the forms area. */
export interface FormChoices { list: Choice[] }

const ENTRY_ID = 'lcFormChoice';

/** Adds to a user task's "Biểu mẫu" group a list of the known form ids; the Zeebe "Form ID" field stays free text. */
class FormChoiceProvider {
  static $inject = ['propertiesPanel', 'lcFormChoices'];

  constructor(propertiesPanel: { registerProvider(priority: number, provider: object): void }, private readonly choices: FormChoices) {
    propertiesPanel.registerProvider(400, this); // after the Zeebe provider (500), whose group it extends
  }

  getGroups() {
    return (groups: Group[]) => {
      const form = groups.find((g) => g.id === 'form');
      if (form && this.choices.list.length > 0) {
        const formId = form.entries.findIndex((e) => e.id === 'formId');
        const at = formId >= 0 ? formId : form.entries.findIndex((e) => e.id === 'formType');
        form.entries.splice(at + 1, 0, { id: ENTRY_ID, component: FormChoice, choices: this.choices.list });
      }

      return groups;
    };
  }
}

function FormChoice({ element, choices }: { element: Shape; choices: Choice[] }) {
  const commandStack = useService('commandStack') as { execute(command: string, context: Command[]): void };
  const bpmnFactory = useService('bpmnFactory') as BpmnFactory;
  return h(PickEntry, {
    element,
    id: ENTRY_ID,
    label: 'Chọn biểu mẫu có sẵn',
    placeholder: '— chọn biểu mẫu —',
    choices,
    onPick: (formId: string) => commandStack.execute('properties-panel.multi-command-executor', linkFormCommands(element, formId, bpmnFactory)),
  });
}

/** A linked Camunda Form: `zeebe:formDefinition formId`, without the other kinds of form it may have had. */
function linkFormCommands(element: Shape, formId: string, factory: BpmnFactory): Command[] {
  const { extension, commands } = ensureExtension(element, 'zeebe:FormDefinition', factory);
  return [...commands, updateCommand(element, extension, { formId, formKey: undefined, externalReference: undefined })];
}

export const formChoiceModule = {
  __init__: ['lcFormChoiceProvider'],
  lcFormChoiceProvider: ['type', FormChoiceProvider],
  lcFormChoices: ['value', { list: [] } satisfies FormChoices],
};
