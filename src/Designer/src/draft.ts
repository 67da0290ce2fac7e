import type { SessionForm } from './forms/form-session';

// The draft: the diagram on the canvas and the forms changed beside it, kept in this browser's localStorage after
// every change, so a closed tab or an expired sign-in loses nothing. One draft per browser; publishing clears it.
// Not shared with other administrators.
const KEY = 'laichau.designer.draft';

export interface Draft {
  xml: string;
  title: string;
  savedAt: string;
  /** Forms opened or created and changed in the session (absent in drafts of older designers). */
  forms: SessionForm[];
}

export function saveDraft(storage: Storage, draft: Omit<Draft, 'savedAt'>, now = new Date()): void {
  storage.setItem(KEY, JSON.stringify({ ...draft, savedAt: now.toISOString() } satisfies Draft));
}

export function loadDraft(storage: Storage): Draft | null {
  try {
    const draft = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<Draft> | null;
    return draft && typeof draft.xml === 'string' && typeof draft.title === 'string' && typeof draft.savedAt === 'string'
      ? { ...(draft as Draft), forms: Array.isArray(draft.forms) ? draft.forms.filter(isSessionForm) : [] }
      : null;
  } catch {
    return null; // a damaged entry is no draft
  }
}

export function clearDraft(storage: Storage): void {
  storage.removeItem(KEY);
}

function isSessionForm(form: Partial<SessionForm> | null): form is SessionForm {
  return typeof form?.formId === 'string' && typeof form.baseline === 'string' && typeof form.schema === 'object' && form.schema !== null
    && (form.version === null || typeof form.version === 'number');
}
