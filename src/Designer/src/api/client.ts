// The designer's only way to the host: the definitions API under /api/v1, authenticated by the sign-in cookie.

/** Sent on every call: the host refuses cookie-authenticated POSTs without it (CSRF guard, see docs/designer.md). */
export const DESIGNER_HEADER = 'X-Requested-With';
export const DESIGNER_HEADER_VALUE = 'laichau-designer';

export interface DefinitionSummary {
  id: string;
  key: string;
  version: number;
  name: string | null;
  hash: string;
  deployedAt: string;
  deployedBy: string | null;
}

export interface DefinitionDetails extends DefinitionSummary {
  xml: string;
}

/** One process key with its versions, newest first. */
export interface DefinitionGroup {
  key: string;
  name: string | null;
  versions: DefinitionSummary[];
}

/** One diagnostic of the engine's validator (problem details `errors[]`). */
export interface BpmnError {
  code: string;
  elementId: string | null;
  line: number | null;
  column: number | null;
  message: string;
  messageVi: string | null;
}

export interface Deployed {
  key: string;
  version: number;
  id: string;
  processes: { id: string; key: string; version: number; isNew: boolean }[];
}

export type CheckResult = { ok: true } | { ok: false; title: string; errors: BpmnError[] };
export type PublishResult = { ok: true; deployed: Deployed; isNew: boolean } | { ok: false; title: string; errors: BpmnError[] };

/** An answer the designer cannot act on (401, 403, 5xx …): shown to the user as it is. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export class DesignerApi {
  constructor(private readonly baseUrl = '/api/v1', private readonly fetchFn: Fetch = (i, o) => fetch(i, o)) {}

  async listDefinitions(): Promise<DefinitionGroup[]> {
    const response = await this.send('GET', '/definitions');
    return groupDefinitions((await response.json()) as DefinitionSummary[]);
  }

  async getVersion(key: string, version: number): Promise<DefinitionDetails> {
    const response = await this.send('GET', `/definitions/${encodeURIComponent(key)}/versions/${version}`);
    return (await response.json()) as DefinitionDetails;
  }

  /** The engine's own validation, nothing deployed: 204 when valid, 422 with errors naming elements otherwise. */
  async validate(xml: string): Promise<CheckResult> {
    const response = await this.send('POST', '/definitions?validateOnly=true', xml, [422]);
    return response.status === 422 ? { ok: false, ...(await readErrors(response)) } : { ok: true };
  }

  /** Deploys as a new version (200 with the existing version when the same XML was published before). */
  async publish(xml: string): Promise<PublishResult> {
    const response = await this.send('POST', '/definitions', xml, [422]);
    if (response.status === 422) {
      return { ok: false, ...(await readErrors(response)) };
    }

    return { ok: true, deployed: (await response.json()) as Deployed, isNew: response.status === 201 };
  }

  private async send(method: string, path: string, xml?: string, expected: number[] = []): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json', [DESIGNER_HEADER]: DESIGNER_HEADER_VALUE };
    if (xml !== undefined) {
      headers['Content-Type'] = 'application/xml';
    }

    const response = await this.fetchFn(this.baseUrl + path, { method, headers, body: xml, credentials: 'same-origin' });
    if (!response.ok && !expected.includes(response.status)) {
      throw new ApiError(response.status, await describeFailure(response));
    }

    return response;
  }
}

/** Groups the flat list of the API by process key; versions newest first, keys in name order. */
export function groupDefinitions(summaries: readonly DefinitionSummary[]): DefinitionGroup[] {
  const groups = new Map<string, DefinitionGroup>();
  for (const summary of summaries) {
    const group = groups.get(summary.key) ?? { key: summary.key, name: null, versions: [] };
    group.versions.push(summary);
    groups.set(summary.key, group);
  }

  for (const group of groups.values()) {
    group.versions.sort((a, b) => b.version - a.version);
    group.name = group.versions[0].name;
  }

  return [...groups.values()].sort((a, b) => a.key.localeCompare(b.key));
}

async function readErrors(response: Response): Promise<{ title: string; errors: BpmnError[] }> {
  const problem = (await response.json()) as { title?: string; detail?: string; errors?: BpmnError[] };
  return { title: problem.detail ?? problem.title ?? 'Không hợp lệ', errors: problem.errors ?? [] };
}

async function describeFailure(response: Response): Promise<string> {
  if (response.status === 401) {
    return 'Phiên đăng nhập đã hết hạn: hãy đăng nhập lại.';
  }

  if (response.status === 403) {
    return 'Chỉ quản trị viên được dùng trình thiết kế.';
  }

  try {
    const problem = (await response.json()) as { title?: string; detail?: string };
    return `${response.status}: ${problem.detail ?? problem.title ?? response.statusText}`;
  } catch {
    return `${response.status}: ${response.statusText}`;
  }
}
