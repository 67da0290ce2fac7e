import type { CamundaReport } from '@camunda/linting';
import Linter from 'bpmnlint/lib/linter';
import StaticResolver from 'bpmnlint/lib/resolver/static-resolver';
import startEventRequired from 'bpmnlint/rules/start-event-required';
import endEventRequired from 'bpmnlint/rules/end-event-required';
import noDisconnected from 'bpmnlint/rules/no-disconnected';
import { noticeAfterDeadline } from './notice-deadline';
import { builtInMessages, rules, type ModdleNode, type RuleFactory } from './rules';

/** One finding, ready to show: the element it names (if any) and a Vietnamese message. */
export interface LintIssue {
  rule: string;
  /** Our rules (the engine's subset, bpmnlint's hints) or Camunda's linter (lint/camunda.ts). */
  source: 'laichau' | 'camunda';
  elementId: string | null;
  message: string;
  category: 'error' | 'warn';
  /** Camunda's report behind a finding of its linter (to show the properties panel's field it concerns). */
  report?: CamundaReport;
}

const PLUGIN = 'bpmnlint-plugin-laichau';
const builtIns: Record<string, RuleFactory> = {
  'start-event-required': startEventRequired,
  'end-event-required': endEventRequired,
  'no-disconnected': noDisconnected,
};

/** Our rules that warn of a process the server accepts but that breaks a regulation's rule. */
const hints: Record<string, RuleFactory> = {
  'notice-after-deadline': noticeAfterDeadline,
};

// Our subset rules are errors (the server refuses them); our hints and bpmnlint's modelling hints are warnings.
const config = {
  rules: {
    ...Object.fromEntries(Object.keys(rules).map((name) => [`laichau/${name}`, 'error'])),
    ...Object.fromEntries(Object.keys(hints).map((name) => [`laichau/${name}`, 'warn'])),
    ...Object.fromEntries(Object.keys(builtIns).map((name) => [name, 'warn'])),
  },
};

const cache = {
  ...Object.fromEntries(Object.entries({ ...rules, ...hints }).map(([name, factory]) => [`rule:${PLUGIN}/${name}`, factory])),
  ...Object.fromEntries(Object.entries(builtIns).map(([name, factory]) => [`rule:bpmnlint/${name}`, factory])),
};

const linter = new Linter({ config, resolver: new StaticResolver(cache) });

/** Lints the definitions of the modeler (or any bpmn-moddle root). */
export async function lint(definitions: ModdleNode): Promise<LintIssue[]> {
  const results = (await linter.lint(definitions)) as Record<string, { id?: string; message: string; category: string }[]>;
  return Object.entries(results).flatMap(([name, reports]) => reports.map((report) => {
    const rule = name.replace(/^laichau\//, '');
    return {
      rule,
      source: 'laichau' as const,
      elementId: report.id ?? null,
      message: builtInMessages[rule] ?? report.message,
      category: report.category === 'error' ? 'error' as const : 'warn' as const,
    };
  }));
}
