import { h } from '@bpmn-io/properties-panel/preact';
import { useState } from '@bpmn-io/properties-panel/preact/hooks';
import { SelectEntry } from '@bpmn-io/properties-panel';
import type { Shape } from './extension-commands';

export interface Choice { value: string; label: string }

/**
 * A list under a free-text field of the panel that offers known values: a pick calls `onPick`, and the list reads
 * "choose" again (a new key after each pick remounts it: its value never changes, so preact would not).
 */
export function PickEntry({ element, id, label, placeholder, choices, onPick }: {
  element: Shape;
  id: string;
  label: string;
  placeholder: string;
  choices: readonly Choice[];
  onPick(value: string): void;
}) {
  const [picks, setPicks] = useState(0);
  const setValue = (value: string) => {
    if (value) {
      onPick(value);
      setPicks(picks + 1);
    }
  };

  return h(SelectEntry, {
    key: picks,
    element,
    id,
    label,
    getValue: () => '',
    setValue,
    getOptions: () => [{ value: '', label: placeholder }, ...choices],
  });
}
