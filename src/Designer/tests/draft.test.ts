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
    saveDraft(storage, { xml: '<xml/>', title: 'Quy trình mới', forms: [] }, new Date('2026-11-28T10:00:00Z'));
    expect(loadDraft(storage)).toEqual({ xml: '<xml/>', title: 'Quy trình mới', savedAt: '2026-11-28T10:00:00.000Z', forms: [] });
  });

  it('keeps the changed forms beside the diagram', () => {
    const storage = memoryStorage();
    const form = { formId: 'field-check', version: null, baseline: '', schema: { id: 'field-check', components: [{ type: 'textarea' }] } };
    saveDraft(storage, { xml: '<xml/>', title: 't', forms: [form] });
    expect(loadDraft(storage)?.forms).toEqual([form]);
  });

  it('reads a draft of an older designer (no forms) and drops damaged forms', () => {
    const storage = memoryStorage();
    storage.setItem('laichau.designer.draft', JSON.stringify({ xml: '<x/>', title: 't', savedAt: '2026-11-28T10:00:00.000Z' }));
    expect(loadDraft(storage)?.forms).toEqual([]);
    storage.setItem('laichau.designer.draft', JSON.stringify({ xml: '<x/>', title: 't', savedAt: 's', forms: [{ formId: 'a' }, null] }));
    expect(loadDraft(storage)?.forms).toEqual([]);
  });

  it('has no draft after clearing, or when the entry is damaged', () => {
    const storage = memoryStorage();
    saveDraft(storage, { xml: '<xml/>', title: 't', forms: [] });
    clearDraft(storage);
    expect(loadDraft(storage)).toBeNull();
    storage.setItem('laichau.designer.draft', '{not json');
    expect(loadDraft(storage)).toBeNull();
  });
});
