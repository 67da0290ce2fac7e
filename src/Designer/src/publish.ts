import type { Deployed, DeploymentFile } from './api/forms';

// What "Lưu và kiểm tra" and "Xuất bản phiên bản mới" send and say: the diagram on the canvas and the forms changed
// beside it, in one deployment (POST /api/v1/deployments).

/** The diagram as `<process id>.bpmn`, then the changed forms. */
export function deploymentFiles(processKey: string | undefined, xml: string, forms: readonly DeploymentFile[]): DeploymentFile[] {
  return [{ name: `${processKey ?? 'quy-trinh'}.bpmn`, content: xml }, ...forms];
}

/** The status line after a deployment: the process's version, then each form's. */
export function publishedSummary(deployed: Deployed, processKey: string | undefined): string {
  const process = deployed.processes.find((p) => p.key === processKey) ?? deployed.processes[0];
  const newForms = deployed.forms.filter((f) => f.isNew);
  const forms = newForms.length ? ` Biểu mẫu: ${newForms.map((f) => `${f.formId} phiên bản ${f.version}`).join(', ')}.` : '';
  if (process?.isNew) {
    return `Đã xuất bản phiên bản ${process.version} của ${process.key}.${forms}`;
  }

  const same = process ? `Quy trình không đổi: vẫn là phiên bản ${process.version}.` : '';
  return newForms.length ? `${same} Đã xuất bản biểu mẫu mới.${forms}`.trim() : `Không có thay đổi: vẫn là phiên bản ${process?.version ?? '—'}.`;
}
