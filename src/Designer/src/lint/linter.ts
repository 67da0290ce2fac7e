import Linter from 'bpmnlint/lib/linter';
import StaticResolver from 'bpmnlint/lib/resolver/static-resolver';
import startEventRequired from 'bpmnlint/rules/start-event-required';
import endEventRequired from 'bpmnlint/rules/end-event-required';
import noDisconnected from 'bpmnlint/rules/no-disconnected';
import { builtInMessages, rules, type ModdleNode, type RuleFactory } from './rules';

/** One finding, ready to show: the element it names (if any) and a Vietnamese message. */
export interface LintIssue {
  rule: string;
  elementId: string | null;
  message: string;
  category: 'error' | 'warn';
}

const PLUGIN = 'bpmnlint-plugin-laichau';
const builtIns: Record<string, RuleFactory> = {
  'start-event-required': startEventRequired,
  'end-event-required': endEventRequired,
  'no-disconnected': noDisconnected,
};

// Our subset rules are errors (the server refuses them); bpmnlint's modelling hints are warnings.
const config = {
  rules: {
    ...Object.fromEntries(Object.keys(rules).map((name) => [`laichau/${name}`, 'error'])),
    ...Object.fromEntries(Object.keys(builtIns).map((name) => [name, 'warn'])),
  },
};

const cache = {
  ...Object.fromEntries(Object.entries(rules).map(([name, factory]) => [`rule:${PLUGIN}/${name}`, factory])),
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
      elementId: report.id ?? null,
      message: builtInMessages[rule] ?? report.message,
      category: report.category === 'error' ? 'error' as const : 'warn' as const,
    };
  }));
}
