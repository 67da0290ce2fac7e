import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-element-templates/dist/assets/element-templates.css';
import '@bpmn-io/element-template-chooser/dist/element-template-chooser.css';
import 'bpmn-js-token-simulation/assets/css/bpmn-js-token-simulation.css';
import './styles.css';
import { ApiError, DESIGNER_HEADER, DESIGNER_HEADER_VALUE, DesignerApi, type BpmnError, type DefinitionGroup } from './api/client';
import { FormsArea } from './forms/forms-view';
import { blankDiagram } from './blank';
import { renderDefinitions } from './definitions-view';
import { clearDiff, compareWith } from './compare';
import { download, svgToPng } from './download';
import { clearDraft, loadDraft, saveDraft } from './draft';
import { clearErrors, showErrors } from './errors';
import { attachLinting } from './lint/lint-view';
import { createModeler, setCandidateGroups, setElementTemplates, setFormChoices } from './modeler';
import { deploymentFiles, publishedSummary } from './publish';
import { clearPath, pathOf, showPath } from './instance-path';
import { renderIncidents, renderInstances } from './instances-view';
import { renderMigration } from './migration-view';
import { renderBulkMigration } from './bulk-migration-view';
import { showStatistics } from './statistics-view';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const api = new DesignerApi();
const modeler = createModeler(byId('canvas'), byId('properties'));
const errorList = byId<HTMLUListElement>('errors');
const diffList = byId<HTMLUListElement>('diff');
const instanceList = byId<HTMLUListElement>('instances');
const incidentList = byId<HTMLUListElement>('incidents');
const migration = byId('migration');
const bulkMigration = byId('bulk-migration');
let published: DefinitionGroup[] = [];
attachLinting(modeler, byId<HTMLUListElement>('lint'));
const forms = new FormsArea(
  { list: byId('forms'), current: byId('form-current'), palette: byId('form-palette'), canvas: byId('form-canvas'), properties: byId('form-properties') },
  api, status, (edited) => {
    setFormChoices(modeler, forms.choices());
    if (edited) {
      scheduleDraft();
    }
  });

function status(text: string, kind: 'info' | 'ok' | 'error' = 'info'): void {
  const line = byId('status');
  line.textContent = text;
  line.dataset.kind = kind;
}

function setCurrent(text: string): void {
  byId('current').textContent = text;
}

/** Offers the draft this browser kept, if any (see draft.ts). */
function offerDraft(): void {
  const draft = loadDraft(localStorage);
  const button = byId<HTMLButtonElement>('open-draft');
  button.hidden = !draft;
  button.title = draft ? `${draft.title} — ${new Date(draft.savedAt).toLocaleString('vi-VN')}` : '';
}

// Every change of the diagram or of a form is kept as the draft (debounced), so nothing drawn is lost before publishing.
let draftTimer: ReturnType<typeof setTimeout> | undefined;
function scheduleDraft(): void {
  clearTimeout(draftTimer);
  draftTimer = setTimeout(() => void currentXml().then((xml) => saveDraft(localStorage, {
    xml,
    title: (byId('current').textContent ?? '').replace(/ \(bản nháp\)$/, ''),
    forms: forms.session.changed(),
  })), 500);
}
// An import clears the command stack ('clear'): that is no change of the person's, and the blank diagram opened at
// start-up must not overwrite the draft kept from before a reload.
(modeler.get('eventBus') as { on(event: string, callback: (event: { trigger?: string }) => void): void })
  .on('commandStack.changed', (event) => {
    if (event.trigger !== 'clear') {
      scheduleDraft();
    }
  });

/** Shows the diagram or the forms area (the form editor loads the first time). */
function showTab(tab: 'diagram' | 'forms'): void {
  byId('diagram-area').hidden = tab !== 'diagram';
  byId('forms-area').hidden = tab !== 'forms';
  byId('tab-diagram').setAttribute('aria-selected', String(tab === 'diagram'));
  byId('tab-forms').setAttribute('aria-selected', String(tab === 'forms'));
  if (tab === 'diagram') {
    (modeler.get('canvas') as { resized(): void }).resized();
  }
}

/** An error's form, opened at the component it names. */
function openFormAt(formId: string, componentId: string | null): void {
  void run(async () => {
    showTab('forms');
    await forms.open(formId, componentId);
  });
}

/** Runs a toolbar action; failures of the host (expired sign-in, 5xx) end up in the status line. */
async function run(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    status(error instanceof ApiError || error instanceof Error ? error.message : String(error), 'error');
    if (error instanceof ApiError && error.status === 401) {
      location.href = 'sign-in';
    }
  }
}

let opened = false;
async function openXml(xml: string, title: string): Promise<void> {
  opened = true;
  const { warnings } = await modeler.importXML(xml);
  clearErrors(modeler, errorList);
  showStatistics(modeler, []);
  diffList.replaceChildren();
  instanceList.replaceChildren();
  incidentList.replaceChildren();
  migration.replaceChildren();
  bulkMigration.replaceChildren();
  fillCompareChoices();
  (modeler.get('canvas') as { zoom(level: string): void }).zoom('fit-viewport');
  setCurrent(title);
  status(warnings.length ? `Đã mở, với ${warnings.length} cảnh báo khi đọc tệp.` : 'Đã mở.');
}

async function currentXml(): Promise<string> {
  const { xml } = await modeler.saveXML({ format: true });
  return xml ?? '';
}

function report(title: string, errors: BpmnError[]): void {
  showErrors(modeler, errors, errorList, openFormAt);
  status(`${title} (${errors.length} lỗi)`, 'error');
}

/** The process on the canvas (its id is the definition key the engine versions by). */
function processKey(): string | undefined {
  const definitions = modeler.getDefinitions() as { rootElements?: { $type: string; id: string }[] } | undefined;
  return definitions?.rootElements?.find((e) => e.$type === 'bpmn:Process')?.id;
}

/** Offers the published versions of the process on the canvas for comparison. */
function fillCompareChoices(): void {
  const select = byId<HTMLSelectElement>('compare');
  const versions = published.find((g) => g.key === processKey())?.versions ?? [];
  select.replaceChildren(new Option(versions.length ? 'So sánh với…' : 'Chưa có phiên bản để so sánh', ''),
    ...versions.map((v) => new Option(`Phiên bản ${v.version}`, String(v.version))));
}

async function refreshList(): Promise<void> {
  const groups = await api.listDefinitions();
  published = groups;
  fillCompareChoices();
  renderDefinitions(byId('definitions'), groups, (v) => run(async () => {
    const details = await api.getVersion(v.key, v.version);
    await openXml(details.xml, `${details.name ?? details.key} — phiên bản ${details.version}`);
    // A published version shows where its running instances are (a draft or an import shows nothing).
    showStatistics(modeler, await api.elementStatistics(details.key, details.version),
      (numbers) => renderInstances(instanceList, numbers, (id) => run(() => openInstance(id)),
        (after) => api.waitingInstances(details.key, details.version, numbers.elementId, after)));
    const latest = published.find((g) => g.key === v.key)?.versions[0]?.version;
    renderBulkMigration(bulkMigration, api, v, latest, (text, ok) => status(text, ok ? 'ok' : 'error'), refreshList);
  }));
}

/** One instance on its version's diagram: the path it took green, its current tokens blue. */
async function openInstance(id: string): Promise<void> {
  const [instance, journal, incidents] = await Promise.all([api.getInstance(id), api.getJournal(id), api.openIncidents(id)]);
  const path = pathOf(journal, instance.activeElementIds);
  clearPath(modeler);
  showPath(modeler, path);
  status(`Hồ sơ ${instance.id} (phiên bản ${instance.version}, ${instance.state}): đang ở ${path.active.join(', ') || '—'}.`);
  renderIncidents(incidentList, incidents, (incident) => run(async () => {
    await api.retryIncident(incident.id);
    await openInstance(id); // the retry ran: show where the instance is now (it may have failed again)
  }));
  const latest = published.find((g) => g.key === instance.definitionKey)?.versions[0]?.version;
  renderMigration(migration, api, instance, latest, (text, ok) => status(text, ok ? 'ok' : 'error'));
}

/** The diagram and the forms changed beside it, as one deployment. */
async function currentFiles() {
  forms.flush();
  return deploymentFiles(processKey(), await currentXml(), forms.session.files());
}

async function check(): Promise<void> {
  const result = await api.check(await currentFiles());
  if (result.ok) {
    clearErrors(modeler, errorList);
    const changed = forms.session.changed().length;
    status(`Hợp lệ: máy chủ chấp nhận sơ đồ này${changed ? ` và ${changed} biểu mẫu đã sửa` : ''}.`, 'ok');
  } else {
    report(result.title, result.errors);
  }
}

byId('new').addEventListener('click', () => run(() => openXml(blankDiagram(), 'Sơ đồ mới')));
byId('open-draft').addEventListener('click', () => run(async () => {
  const draft = loadDraft(localStorage);
  if (draft) {
    await openXml(draft.xml, `${draft.title} (bản nháp)`);
    forms.restore(draft.forms);
  }
}));
/** Runs `open` on the file chosen in a file input (the input is emptied, so the same file can be chosen again). */
function onFileChosen(id: string, open: (file: File) => Promise<void>): void {
  byId<HTMLInputElement>(id).addEventListener('change', (event) => run(async () => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) {
      await open(file);
    }
  }));
}

onFileChosen('import', async (file) => {
  await openXml(await file.text(), file.name);
  await check(); // an imported file is checked at once, so its errors show on the canvas
});
byId('export-bpmn').addEventListener('click', () => run(async () => download('quy-trinh.bpmn', await currentXml(), 'application/xml')));
byId('export-svg').addEventListener('click', () => run(async () => {
  const { svg } = await modeler.saveSVG();
  download('quy-trinh.svg', svg, 'image/svg+xml');
}));
byId('export-png').addEventListener('click', () => run(async () => {
  const { svg } = await modeler.saveSVG();
  download('quy-trinh.png', await svgToPng(svg), 'image/png');
}));
byId<HTMLSelectElement>('compare').addEventListener('change', (event) => run(async () => {
  const select = event.target as HTMLSelectElement;
  const key = processKey();
  if (!select.value || !key) {
    clearDiff(modeler);
    diffList.replaceChildren();
    return;
  }

  const other = await api.getVersion(key, Number(select.value));
  const summary = await compareWith(modeler, other.xml, diffList);
  status(`So với phiên bản ${other.version}: ${summary.added.length} thêm, ${summary.changed.length} sửa, `
    + `${summary.removed.length} bỏ, ${summary.layoutChanged.length} di chuyển.`);
}));
byId('check').addEventListener('click', () => run(check));
byId('publish').addEventListener('click', () => run(async () => {
  const note = byId<HTMLInputElement>('change-note');
  const result = await api.publish(await currentFiles(), note.value);
  if (!result.ok) {
    report(result.title, result.errors);
    return;
  }

  note.value = '';
  clearErrors(modeler, errorList);
  clearDraft(localStorage);
  offerDraft();
  const process = result.deployed.processes.find((p) => p.key === processKey());
  if (process) {
    setCurrent(`${process.key} — phiên bản ${process.version}`);
  }

  status(publishedSummary(result.deployed, processKey()), 'ok');
  await forms.published(result.deployed.forms);
  await refreshList();
}));
byId('tab-diagram').addEventListener('click', () => showTab('diagram'));
byId('tab-forms').addEventListener('click', () => run(async () => {
  showTab('forms');
  await forms.show();
}));
byId('create-form').addEventListener('click', () => run(async () => {
  const input = byId<HTMLInputElement>('new-form-id');
  if (await forms.create(input.value.trim())) {
    input.value = '';
  }
}));
onFileChosen('import-form', (file) => forms.importFile(file));
byId('sign-out').addEventListener('click', () => run(async () => {
  await fetch('sign-out', { method: 'POST', headers: { [DESIGNER_HEADER]: DESIGNER_HEADER_VALUE } });
  location.href = 'sign-in';
}));

void run(async () => {
  offerDraft();
  const [templates, groups] = await Promise.all([api.elementTemplates(), api.candidateGroups()]);
  setElementTemplates(modeler, templates);
  setCandidateGroups(modeler, groups);
  if (!opened) { // an import made while the page was starting stays open
    await openXml(blankDiagram(), 'Sơ đồ mới');
  }

  await Promise.all([refreshList(), forms.refresh()]);
});
