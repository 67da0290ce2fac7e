import { describe, expect, it } from 'vitest';
import { pathOf } from '../src/instance-path';

const entry = (type: string, data: Record<string, unknown>, sequence = 1) => ({ sequence, type, at: '2026-11-28T10:00:00Z', data });

describe('pathOf', () => {
  it('takes completed elements and taken flows from the journal, tokens from the instance', () => {
    const journal = [
      entry('ElementActivated', { elementId: 'Start' }),
      entry('ElementCompleted', { elementId: 'Start' }),
      entry('FlowTaken', { flowId: 'Flow_1' }),
      entry('ElementActivated', { elementId: 'Task_1' }),
      entry('VariableSet', { name: 'x' }),
    ];

    expect(pathOf(journal, ['Task_1'])).toEqual({ completed: ['Start'], flows: ['Flow_1'], active: ['Task_1'] });
  });

  it('lists an element once however often it completed (loops, multi-instance)', () => {
    const journal = [entry('ElementCompleted', { elementId: 'T' }), entry('ElementCompleted', { elementId: 'T' })];
    expect(pathOf(journal, []).completed).toEqual(['T']);
  });
});
