import { describe, expect, it } from 'vitest';
import { formChoices } from '../src/forms/form-choices';
import { FormSession, formIdOfFile } from '../src/forms/form-session';
import { emptyForm, formIdProblem, SUPPORTED_TYPES } from '../src/forms/subset';
import { deploymentFiles, publishedSummary } from '../src/publish';

const summary = (formId: string, version: number) =>
  ({ id: `${formId}-${version}`, formId, version, deployedAt: '2026-12-01T08:00:00Z', deployedBy: 'admin', hash: 'h', changeNote: null });

describe('form ids', () => {
  it('follow the host: a letter, then letters, digits, _ - .', () => {
    const free = () => false;
    expect(formIdProblem('field-check', free)).toBeNull();
    expect(formIdProblem('a.b_c-2', free)).toBeNull();
    for (const bad of ['', '1form', 'kiểm-tra', 'a b', '-a', 'a'.repeat(101)]) {
      expect(formIdProblem(bad, free)).toContain('chữ cái');
    }
  });

  it('cannot name a form that exists', () => {
    expect(formIdProblem('verify', (id) => id === 'verify')).toContain('Đã có biểu mẫu mã "verify"');
  });

  it('are read from the file names of errors', () => {
    expect(formIdOfFile('record-result.form')).toBe('record-result');
    expect(formIdOfFile('field-report.bpmn')).toBeNull();
    expect(formIdOfFile(null)).toBeNull();
  });
});

describe('FormSession', () => {
  it('sends a new form, and an opened form only once it changed', () => {
    const session = new FormSession();
    const schema = { id: 'verify', components: [{ type: 'textfield', key: 'note' }] };
    session.open('verify', 3, schema);
    session.create('field-check');
    expect(session.files().map((f) => f.name)).toEqual(['field-check.form']);

    session.update('verify', { ...schema, components: [...schema.components, { type: 'filepicker', key: 'photos' }] });
    expect(session.files().map((f) => f.name)).toEqual(['field-check.form', 'verify.form']);
    expect(JSON.parse(session.files()[1].content).components).toHaveLength(2);

    session.update('verify', schema); // undone: as opened again
    expect(session.changed().map((f) => f.formId)).toEqual(['field-check']);
  });

  it('keeps the form id it was opened with, whatever the editor says', () => {
    const session = new FormSession();
    session.create('field-check');
    session.update('field-check', { id: 'Form_0abc', components: [] });
    expect(JSON.parse(session.files()[0].content).id).toBe('field-check');
  });

  it('creates forms with the header of the shipped ones', () => {
    expect(new FormSession().create('x').schema).toEqual(emptyForm('x'));
    expect(emptyForm('x')).toMatchObject({ id: 'x', type: 'default', components: [], executionPlatform: 'Camunda Cloud' });
  });

  it('is unchanged after publishing, at the deployed version', () => {
    const session = new FormSession();
    session.create('field-check');
    session.published([{ id: 'i', formId: 'field-check', version: 1, isNew: true }]);
    expect(session.changed()).toEqual([]);
    expect(session.get('field-check')?.version).toBe(1);
  });

  it('takes forms back from a draft', () => {
    const session = new FormSession();
    session.restore([{ formId: 'verify', version: 3, baseline: '{}', schema: { id: 'verify', components: [] } }]);
    expect(session.changed().map((f) => f.formId)).toEqual(['verify']);
  });

  it('offers every supported type and nothing the host refuses', () => {
    expect(SUPPORTED_TYPES).toEqual(expect.arrayContaining(['textfield', 'textarea', 'filepicker', 'group', 'text']));
    expect(SUPPORTED_TYPES).not.toContain('button');
  });
});

describe('formChoices', () => {
  it('lists deployed forms and the new ones of the session, once each, by id', () => {
    const session = new FormSession();
    session.open('verify', 2, { id: 'verify', components: [] });
    session.create('field-check');
    expect(formChoices([summary('verify', 2), summary('clarify', 1)], session.all())).toEqual([
      { value: 'clarify', label: 'clarify (phiên bản 1)' },
      { value: 'field-check', label: 'field-check (mới, chưa xuất bản)' },
      { value: 'verify', label: 'verify (phiên bản 2)' },
    ]);
  });
});

describe('publishing', () => {
  it('sends the diagram as <process id>.bpmn, then the forms', () => {
    const files = deploymentFiles('field_report', '<xml/>', [{ name: 'verify.form', content: '{}' }]);
    expect(files.map((f) => f.name)).toEqual(['field_report.bpmn', 'verify.form']);
  });

  it('says which versions it made', () => {
    const process = (isNew: boolean) => ({ id: 'p', key: 'P', version: isNew ? 4 : 3, isNew });
    const form = { id: 'f', formId: 'record-result', version: 2, isNew: true };
    expect(publishedSummary({ processes: [process(true)], forms: [form] }, 'P'))
      .toBe('Đã xuất bản phiên bản 4 của P. Biểu mẫu: record-result phiên bản 2.');
    expect(publishedSummary({ processes: [process(false)], forms: [form] }, 'P'))
      .toBe('Quy trình không đổi: vẫn là phiên bản 3. Đã xuất bản biểu mẫu mới. Biểu mẫu: record-result phiên bản 2.');
    expect(publishedSummary({ processes: [process(false)], forms: [{ ...form, isNew: false }] }, 'P'))
      .toBe('Không có thay đổi: vẫn là phiên bản 3.');
  });
});
