import { describe, expect, it } from 'vitest';
import { clearDraft, loadDraft, saveDraft } from '../src/draft';

/** The Storage methods the draft uses, over a Map. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
    clear: () => items.clear(),
    key: (i: number) => [...items.keys()][i] ?? null,
    get length() { return items.size; },
  };
}

describe('draft', () => {
  it('round-trips the diagram with its title and time', () => {
    const storage = memoryStorage();
    saveDraft(storage, '<xml/>', 'Quy trình mới', new Date('2026-11-28T10:00:00Z'));
    expect(loadDraft(storage)).toEqual({ xml: '<xml/>', title: 'Quy trình mới', savedAt: '2026-11-28T10:00:00.000Z' });
  });

  it('has no draft after clearing, or when the entry is damaged', () => {
    const storage = memoryStorage();
    saveDraft(storage, '<xml/>', 't');
    clearDraft(storage);
    expect(loadDraft(storage)).toBeNull();
    storage.setItem('laichau.designer.draft', '{not json');
    expect(loadDraft(storage)).toBeNull();
  });
});
