import { h } from '@bpmn-io/properties-panel/preact';
import { useState } from '@bpmn-io/properties-panel/preact/hooks';
import { SelectEntry } from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import type { CandidateGroup } from '../api/client';
import { addCandidateGroup } from './add-group';

interface ModdleElement {
  $type: string;
  $parent?: ModdleElement;
  get(name: string): unknown;
}
interface Shape { businessObject: ModdleElement }
interface Group { id: string; entries: { id: string; component: unknown; choices?: CandidateGroup[] }[] }
interface Command { cmd: string; context: Record<string, unknown> }

/** What the host offered (`GET /api/v1/designer/candidate-groups`), filled after start-up. */
export interface CandidateGroupChoices { list: CandidateGroup[] }

const ENTRY_ID = 'lcCandidateGroupChoice';

/** Adds, under the Zeebe panel's "Nhóm ứng viên" field, a list of the host's agencies and roles to pick from. */
class CandidateGroupChoiceProvider {
  static $inject = ['propertiesPanel', 'lcCandidateGroupChoices'];

  constructor(propertiesPanel: { registerProvider(priority: number, provider: object): void }, private readonly choices: CandidateGroupChoices) {
    propertiesPanel.registerProvider(400, this); // after the Zeebe provider (500), whose group it extends
  }

  getGroups() {
    return (groups: Group[]) => {
      const assignment = groups.find((g) => g.id === 'assignmentDefinition');
      const at = assignment?.entries.findIndex((e) => e.id === 'assignmentDefinitionCandidateGroups') ?? -1;
      if (assignment && at >= 0 && this.choices.list.length > 0) {
        // The panel passes an entry's fields to its component as props (with the element).
        assignment.entries.splice(at + 1, 0, { id: ENTRY_ID, component: CandidateGroupChoice, choices: this.choices.list });
      }

      return groups;
    };
  }
}

function CandidateGroupChoice({ element, choices }: { element: Shape; choices: CandidateGroup[] }) {
  const commandStack = useService('commandStack') as { execute(command: string, context: Command[]): void };
  const bpmnFactory = useService('bpmnFactory') as { create(type: string, properties: object): ModdleElement };
  // The list always reads "choose": a new key after each pick remounts it (its value never changes, so preact would not).
  const [picks, setPicks] = useState(0);
  const setValue = (group: string) => {
    if (group) {
      commandStack.execute('properties-panel.multi-command-executor', addGroupCommands(element, group, bpmnFactory));
      setPicks(picks + 1);
    }
  };

  return h(SelectEntry, {
    key: picks,
    element,
    id: ENTRY_ID,
    label: 'Thêm nhóm có sẵn (cơ quan, vai trò)',
    getValue: () => '',
    setValue,
    getOptions: () => [{ value: '', label: '— chọn để thêm —' }, ...choices.map((c) => ({ value: c.value, label: `${c.label} (${c.value})` }))],
  });
}

/** The Zeebe panel's own steps: extension elements, then the assignment definition, then its candidate groups. */
function addGroupCommands(element: Shape, group: string, factory: { create(type: string, properties: object): ModdleElement }): Command[] {
  const commands: Command[] = [];
  const task = element.businessObject;
  const update = (moddleElement: ModdleElement, properties: object) =>
    commands.push({ cmd: 'element.updateModdleProperties', context: { element, moddleElement, properties } });

  let extensions = task.get('extensionElements') as ModdleElement | undefined;
  if (!extensions) {
    extensions = factory.create('bpmn:ExtensionElements', { values: [] });
    extensions.$parent = task;
    update(task, { extensionElements: extensions });
  }

  const values = extensions.get('values') as ModdleElement[];
  let assignment = values.find((v) => v.$type === 'zeebe:AssignmentDefinition');
  if (!assignment) {
    assignment = factory.create('zeebe:AssignmentDefinition', {});
    assignment.$parent = extensions;
    update(extensions, { values: [...values, assignment] });
  }

  update(assignment, { candidateGroups: addCandidateGroup(assignment.get('candidateGroups') as string | undefined, group) });
  return commands;
}

export const candidateGroupChoiceModule = {
  __init__: ['lcCandidateGroupChoiceProvider'],
  lcCandidateGroupChoiceProvider: ['type', CandidateGroupChoiceProvider],
  lcCandidateGroupChoices: ['value', { list: [] } satisfies CandidateGroupChoices],
};
