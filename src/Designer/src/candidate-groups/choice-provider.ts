import { h } from '@bpmn-io/properties-panel/preact';
import { useService } from 'bpmn-js-properties-panel';
import type { CandidateGroup } from '../api/client';
import { ensureExtension, updateCommand, type BpmnFactory, type Command, type Shape } from '../panel/extension-commands';
import { PickEntry } from '../panel/pick-entry';
import { addCandidateGroup } from './add-group';

interface Group { id: string; entries: { id: string; component: unknown; choices?: CandidateGroup[] }[] }

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
  const bpmnFactory = useService('bpmnFactory') as BpmnFactory;
  return h(PickEntry, {
    element,
    id: ENTRY_ID,
    label: 'Thêm nhóm có sẵn (cơ quan, vai trò)',
    placeholder: '— chọn để thêm —',
    choices: choices.map((c) => ({ value: c.value, label: `${c.label} (${c.value})` })),
    onPick: (group: string) => commandStack.execute('properties-panel.multi-command-executor', addGroupCommands(element, group, bpmnFactory)),
  });
}

/** The Zeebe panel's own steps: extension elements, then the assignment definition, then its candidate groups. */
function addGroupCommands(element: Shape, group: string, factory: BpmnFactory): Command[] {
  const { extension: assignment, commands } = ensureExtension(element, 'zeebe:AssignmentDefinition', factory);
  const candidateGroups = addCandidateGroup(assignment.get('candidateGroups') as string | undefined, group);
  return [...commands, updateCommand(element, assignment, { candidateGroups })];
}

export const candidateGroupChoiceModule = {
  __init__: ['lcCandidateGroupChoiceProvider'],
  lcCandidateGroupChoiceProvider: ['type', CandidateGroupChoiceProvider],
  lcCandidateGroupChoices: ['value', { list: [] } satisfies CandidateGroupChoices],
};
