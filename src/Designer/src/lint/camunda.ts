import type { CamundaReport, Linter } from '@camunda/linting';
import { camundaMessageVi } from './camunda-messages';
import type { LintIssue } from './linter';
import type { ModdleNode } from './rules';

// Camunda's own linter, as the Web Modeler runs it: the rules of the Camunda version the diagram declares
// (modeler:executionPlatformVersion; a diagram that declares none is not checked, as in Camunda Modeler). What it
// finds here opens with the same findings in Camunda's tools. Loaded after the page (its rules are a large module).
let linter: Promise<Linter> | undefined;

/** Camunda's findings, each as its report (messages in Vietnamese, for the properties panel) and as a lint issue. */
export async function camundaLint(definitions: ModdleNode): Promise<{ reports: CamundaReport[]; issues: LintIssue[] }> {
  linter ??= import('@camunda/linting').then(({ Linter }) => new Linter({ modeler: 'web' }));
  const reports = (await (await linter).lint(definitions)).map((report) => ({ ...report, message: camundaMessageVi(report.message) }));
  return {
    reports,
    issues: reports.map((report) => ({
      rule: `camunda/${report.rule}`,
      source: 'camunda' as const,
      elementId: report.id ?? null,
      message: report.message,
      category: report.category === 'error' ? 'error' as const : 'warn' as const,
      report,
    })),
  };
}
