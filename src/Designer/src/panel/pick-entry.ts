import { h } from '@bpmn-io/properties-panel/preact';
import { useState } from '@bpmn-io/properties-panel/preact/hooks';
import { SelectEntry } from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import type { BpmnFactory, Command, Shape } from './extension-commands';

// A list the Zeebe properties panel gets from us under one of its free-text fields, offering the values the host
// knows (candidate groups, form ids): a pick runs our commands on the element; the field stays free text.

export interface Choice { value: string; label: string }

/** The values offered, filled (and refilled) by the page: `modeler.get(spec.id + 's').list = …`. */
export interface Choices { list: Choice[] }

export interface PickSpec {
  /** The entry's id, and with "s" the name of its `Choices` service. */
  id: string;
  /** The panel group it goes into, and the entries it follows (the first one present). */
  group: string;
  after: readonly string[];
  label: string;
  placeholder: string;
  /** The commands that apply a picked value to the element, run as one step (undone as one). */
  commands(element: Shape, value: string, factory: BpmnFactory): Command[];
}

interface Group { id: string; entries: { id: string; component: unknown; choices?: Choice[] }[] }

/**
 * A list that reads "choose" again after each pick (a new key remounts it: its value never changes, so preact
 * would not).
 */
function PickEntry({ element, spec, choices }: { element: Shape; spec: PickSpec; choices: readonly Choice[] }) {
  const commandStack = useService('commandStack') as { execute(command: string, context: Command[]): void };
  const bpmnFactory = useService('bpmnFactory') as BpmnFactory;
  const [picks, setPicks] = useState(0);
  const setValue = (value: string) => {
    if (value) {
      commandStack.execute('properties-panel.multi-command-executor', spec.commands(element, value, bpmnFactory));
      setPicks(picks + 1);
    }
  };

  return h(SelectEntry, {
    key: picks,
    element,
    id: spec.id,
    label: spec.label,
    getValue: () => '',
    setValue,
    getOptions: () => [{ value: '', label: spec.placeholder }, ...choices],
  });
}

/** The didi module that adds the list to the panel (after the Zeebe provider, priority 500, whose group it extends). */
export function pickEntryModule(spec: PickSpec): Record<string, unknown> {
  class Provider {
    static $inject = ['propertiesPanel', `${spec.id}s`];

    constructor(propertiesPanel: { registerProvider(priority: number, provider: object): void }, private readonly choices: Choices) {
      propertiesPanel.registerProvider(400, this);
    }

    getGroups() {
      return (groups: Group[]) => {
        const group = groups.find((g) => g.id === spec.group);
        const at = spec.after.map((id) => group?.entries.findIndex((e) => e.id === id) ?? -1).find((index) => index >= 0);
        if (group && at !== undefined && this.choices.list.length > 0) {
          // The panel passes an entry's fields to its component as props (with the element).
          group.entries.splice(at + 1, 0, { id: spec.id, component: PickEntry, spec, choices: this.choices.list } as Group['entries'][number]);
        }

        return groups;
      };
    }
  }

  return {
    __init__: [`${spec.id}Provider`],
    [`${spec.id}Provider`]: ['type', Provider],
    [`${spec.id}s`]: ['value', { list: [] } satisfies Choices],
  };
}
