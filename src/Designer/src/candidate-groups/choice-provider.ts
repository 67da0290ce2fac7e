import type { CandidateGroup } from '../api/client';
import { ensureExtension, updateCommand } from '../panel/extension-commands';
import { pickEntryModule, type Choice } from '../panel/pick-entry';
import { addCandidateGroup } from './add-group';

/** Under the Zeebe panel's "Nhóm ứng viên" field, a list of the host's agencies and roles to add from. */
export const candidateGroupChoiceModule = pickEntryModule({
  id: 'lcCandidateGroupChoice',
  group: 'assignmentDefinition',
  after: ['assignmentDefinitionCandidateGroups'],
  label: 'Thêm nhóm có sẵn (cơ quan, vai trò)',
  placeholder: '— chọn để thêm —',
  // The Zeebe panel's own steps: extension elements, then the assignment definition, then its candidate groups.
  commands(element, group, factory) {
    const { extension: assignment, commands } = ensureExtension(element, 'zeebe:AssignmentDefinition', factory);
    const candidateGroups = addCandidateGroup(assignment.get('candidateGroups') as string | undefined, group);
    return [...commands, updateCommand(element, assignment, { candidateGroups })];
  },
});

/** What the host offered (`GET /api/v1/designer/candidate-groups`) as the list's entries. */
export const candidateGroupChoices = (groups: readonly CandidateGroup[]): Choice[] =>
  groups.map((g) => ({ value: g.value, label: `${g.label} (${g.value})` }));
