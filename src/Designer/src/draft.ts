// The draft: the diagram on the canvas, kept in this browser's localStorage after every change, so a closed tab or
// an expired sign-in loses nothing. One draft per browser; publishing clears it. Not shared with other administrators.
const KEY = 'laichau.designer.draft';

export interface Draft {
  xml: string;
  title: string;
  savedAt: string;
}

export function saveDraft(storage: Storage, xml: string, title: string, now = new Date()): void {
  storage.setItem(KEY, JSON.stringify({ xml, title, savedAt: now.toISOString() } satisfies Draft));
}

export function loadDraft(storage: Storage): Draft | null {
  try {
    const draft = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<Draft> | null;
    return draft && typeof draft.xml === 'string' && typeof draft.title === 'string' && typeof draft.savedAt === 'string'
      ? (draft as Draft)
      : null;
  } catch {
    return null; // a damaged entry is no draft
  }
}

export function clearDraft(storage: Storage): void {
  storage.removeItem(KEY);
}
