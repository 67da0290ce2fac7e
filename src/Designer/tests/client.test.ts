import { describe, expect, it } from 'vitest';
import { ApiError, DesignerApi, groupDefinitions, type DefinitionSummary } from '../src/api/client';

/** A request as the host receives it: path and query, method, headers (lower-case names), the body read back. */
interface Call { url: string; init: { method: string; headers: Record<string, string>; body: string | FormData | null; credentials: RequestCredentials } }

/** A fetch that records each request and answers from a queue, as the host would. */
function fakeFetch(...answers: Response[]) {
  const calls: Call[] = [];
  const fetchFn = async (request: Request) => {
    const url = new URL(request.url);
    const multipart = request.headers.get('content-type')?.startsWith('multipart/form-data') ?? false;
    const body = request.body === null ? null : multipart ? await request.formData() : await request.text();
    calls.push({ url: url.pathname + url.search, init: { method: request.method, headers: Object.fromEntries(request.headers), body, credentials: request.credentials } });
    const answer = answers.shift();
    if (!answer) throw new Error(`unexpected call ${request.url}`);
    return answer;
  };
  return { calls, api: new DesignerApi('http://designer.test', fetchFn) };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const summary = (key: string, version: number): DefinitionSummary => ({
  id: `${key}-${version}`, key, version, name: `${key} v${version}`, hash: 'h', deployedAt: '2026-11-28T10:00:00Z', deployedBy: 'admin',
  changeNote: null, activeInstances: 0,
});

describe('groupDefinitions', () => {
  it('groups by key, newest version first, named after the newest version', () => {
    const groups = groupDefinitions([summary('b', 1), summary('a', 1), summary('b', 3), summary('b', 2)]);
    expect(groups.map((g) => g.key)).toEqual(['a', 'b']);
    expect(groups[1].versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(groups[1].name).toBe('b v3');
  });
});

describe('DesignerApi', () => {
  it('lists definitions with the designer header and the cookie', async () => {
    const { api, calls } = fakeFetch(json(200, [summary('x', 1)]));
    const groups = await api.listDefinitions();
    expect(groups[0].versions[0].version).toBe(1);
    expect(calls[0].url).toBe('/api/v1/designer/definitions');
    expect(calls[0].init.credentials).toBe('same-origin');
    expect(calls[0].init.headers['x-requested-with']).toBe('laichau-designer');
  });

  it('escapes the key when opening a version', async () => {
    const { api, calls } = fakeFetch(json(200, { ...summary('a b', 2), xml: '<x/>' }));
    const details = await api.getVersion('a b', 2);
    expect(details.xml).toBe('<x/>');
    expect(calls[0].url).toBe('/api/v1/definitions/a%20b/versions/2');
  });

  it('loads the element templates of the host', async () => {
    const template = { id: 'laichau.notify', name: 'Gửi thông báo', version: 1, properties: [] };
    const { api, calls } = fakeFetch(json(200, [template]));
    expect(await api.elementTemplates()).toEqual([template]);
    expect(calls[0].url).toBe('/api/v1/designer/element-templates');
  });

  it('reads the live statistics of a version', async () => {
    const statistics = [{ elementId: 'Task_1', waiting: 2, overdue: 1, incidents: 0, instanceIds: ['a', 'b'] }];
    const { api, calls } = fakeFetch(json(200, statistics));
    expect(await api.elementStatistics('a b', 3)).toEqual(statistics);
    expect(calls[0].url).toBe('/api/v1/designer/definitions/a%20b/versions/3/statistics');
  });

  it('reads an instance and its journal', async () => {
    const instance = { id: 'i 1', definitionKey: 'p', version: 1, state: 'active', activeElementIds: ['T'] };
    const { api, calls } = fakeFetch(json(200, instance), json(200, []));
    expect(await api.getInstance('i 1')).toEqual(instance);
    expect(await api.getJournal('i 1')).toEqual([]);
    expect(calls.map((c) => c.url)).toEqual(['/api/v1/instances/i%201', '/api/v1/instances/i%201/journal']);
  });

  it('lists the open incidents of an instance and retries one with a JSON body', async () => {
    const incident = { id: 'x', instanceId: 'i', elementId: 'T', kind: 'jobFailed', message: 'boom', state: 'open' };
    const { api, calls } = fakeFetch(json(200, [incident]), new Response(null, { status: 204 }));
    expect(await api.openIncidents('i')).toEqual([incident]);
    await api.retryIncident('x');
    expect(calls[0].url).toBe('/api/v1/incidents?instanceId=i');
    expect(calls[1].url).toBe('/api/v1/incidents/x/retry');
    expect(calls[1].init.body).toBe('{}');
    expect(calls[1].init.headers['content-type']).toBe('application/json');
  });

  it('checks the diagram and forms as one multipart deployment without deploying: 204 is valid', async () => {
    const { api, calls } = fakeFetch(new Response(null, { status: 204 }));
    const files = [{ name: 'p.bpmn', content: '<xml/>' }, { name: 'verify.form', content: '{"id":"verify"}' }];
    expect(await api.check(files)).toEqual({ ok: true });
    expect(calls[0].url).toBe('/api/v1/deployments?validateOnly=true');
    expect(calls[0].init.method).toBe('POST');
    const body = calls[0].init.body as FormData;
    const parts = body.getAll('resources') as File[];
    expect(parts.map((p) => p.name)).toEqual(['p.bpmn', 'verify.form']);
    expect(await parts[1].text()).toBe('{"id":"verify"}');
    expect(body.has('changeNote')).toBe(false);
    // The client never sets Content-Type for a form: the browser (here the Request) writes it with its boundary.
    expect(calls[0].init.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(calls[0].init.headers['x-requested-with']).toBe('laichau-designer');
  });

  it('returns the errors of a 422 with the file and element they name', async () => {
    const error = { code: 'FORM-001', resource: 'verify.form', elementId: 'verify-note', line: null, column: null, message: 'bad', messageVi: 'sai' };
    const { api } = fakeFetch(json(422, { title: 'Invalid request', detail: 'The deployment is not valid', errors: [error] }));
    expect(await api.check([{ name: 'verify.form', content: '{}' }])).toEqual({ ok: false, title: 'The deployment is not valid', errors: [error] });
  });

  it('publishes: 201 holds the versions of the process and of the forms', async () => {
    const deployed = { processes: [{ id: 'i', key: 'p', version: 4, isNew: true }], forms: [{ id: 'f', formId: 'verify', version: 2, isNew: true }] };
    const { api, calls } = fakeFetch(json(201, deployed));
    expect(await api.publish([{ name: 'p.bpmn', content: '<xml/>' }])).toEqual({ ok: true, deployed, isNew: true });
    expect(calls[0].url).toBe('/api/v1/deployments');
  });

  it('lists the latest version of each form and reads one with its schema', async () => {
    const summary = (formId: string, version: number) => ({ id: `${formId}-${version}`, formId, version, hash: 'h', deployedAt: '2026-12-01T08:00:00Z', deployedBy: 'admin' });
    const details = { ...summary('verify', 2), changeNote: null, schema: { id: 'verify', components: [] } };
    const { api, calls } = fakeFetch(json(200, [summary('verify', 1), summary('clarify', 1), summary('verify', 2)]), json(200, details), json(200, details));
    expect((await api.listForms()).map((f) => `${f.formId}@${f.version}`)).toEqual(['clarify@1', 'verify@2']);
    expect(await api.getForm('verify')).toEqual(details);
    await api.getForm('a b', 1);
    expect(calls.map((c) => c.url)).toEqual(['/api/v1/forms', '/api/v1/forms/verify', '/api/v1/forms/a%20b/versions/1']);
  });

  it('reads the candidate groups from the designer API', async () => {
    const group = { value: 'agency:UBND-TINH', label: 'Cán bộ — UBND tỉnh', agencyCode: 'UBND-TINH', active: true };
    const { api, calls } = fakeFetch(json(200, [group]));
    expect(await api.candidateGroups()).toEqual([group]);
    expect(calls[0].url).toBe('/api/v1/designer/candidate-groups');
  });

  it('pages the instances waiting at an element after the last id shown', async () => {
    const { api, calls } = fakeFetch(json(200, ['id-21']));
    expect(await api.waitingInstances('p q', 2, 'Task_1', 'id-20')).toEqual(['id-21']);
    expect(calls[0].url).toBe('/api/v1/designer/definitions/p%20q/versions/2/elements/Task_1/waiting?after=id-20&limit=50');
  });

  it('publishes with the change note as a form field, trimmed', async () => {
    const { api, calls } = fakeFetch(json(201, { processes: [], forms: [] }));
    await api.publish([{ name: 'p.bpmn', content: '<xml/>' }], '  Rút hạn còn 4 ngày & sửa tên ');
    expect((calls[0].init.body as FormData).get('changeNote')).toBe('Rút hạn còn 4 ngày & sửa tên');
  });

  it('publishes: 200 means every file was already deployed as it is', async () => {
    const { api } = fakeFetch(json(200, { processes: [{ id: 'i', key: 'p', version: 3, isNew: false }], forms: [] }));
    expect(await api.publish([{ name: 'p.bpmn', content: '<xml/>' }])).toMatchObject({ ok: true, isNew: false });
  });

  it('publishes: a 422 without errors still fails with its title', async () => {
    const { api } = fakeFetch(json(422, { title: 'Invalid request' }));
    expect(await api.publish([{ name: 'p.bpmn', content: '<xml/>' }])).toEqual({ ok: false, title: 'Invalid request', errors: [] });
  });

  it.each([
    [401, 'đăng nhập lại'],
    [403, 'quản trị viên'],
  ])('turns %i into an ApiError with a Vietnamese message', async (status, text) => {
    const { api } = fakeFetch(new Response(null, { status }));
    const failure = await api.listDefinitions().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(status);
    expect((failure as ApiError).message).toContain(text);
  });

  it('reports the problem detail of a server error', async () => {
    const { api } = fakeFetch(json(500, { title: 'Server error', detail: 'boom' }));
    await expect(api.getVersion('a', 1)).rejects.toThrow('500: boom');
  });
});
