// These packages ship JavaScript without type declarations; the designer only passes them to bpmn-js.
declare module 'bpmn-js-properties-panel' {
  export const BpmnPropertiesPanelModule: Record<string, unknown>;
  export const BpmnPropertiesProviderModule: Record<string, unknown>;
  export const ZeebePropertiesProviderModule: Record<string, unknown>;
  export function useService(name: string): unknown;
}
declare module '@bpmn-io/properties-panel' {
  import type { FunctionComponent } from '@bpmn-io/properties-panel/preact';
  export const SelectEntry: FunctionComponent<Record<string, unknown>>;
}
declare module 'camunda-bpmn-js-behaviors/lib/camunda-cloud' {
  const module: Record<string, unknown>;
  export default module;
}
declare module 'zeebe-bpmn-moddle/resources/zeebe.json' {
  const descriptor: Record<string, unknown>;
  export default descriptor;
}
declare module 'bpmn-js-element-templates' {
  export const CloudElementTemplatesPropertiesProviderModule: Record<string, unknown>;
}
declare module '@bpmn-io/element-template-chooser' {
  const module: Record<string, unknown>;
  export default module;
}
declare module 'bpmn-js-create-append-anything' {
  export const CreateAppendAnythingModule: Record<string, unknown>;
  export const CreateAppendElementTemplatesModule: Record<string, unknown>;
}
declare module 'bpmnlint/lib/linter' {
  export default class Linter {
    constructor(options: { config: object; resolver: object });
    lint(definitions: object): Promise<Record<string, unknown>>;
  }
}
declare module 'bpmnlint/lib/resolver/static-resolver' {
  export default class StaticResolver {
    constructor(cache: Record<string, unknown>);
  }
}
declare module 'bpmnlint/rules/*' {
  const factory: import('./lint/rules').RuleFactory;
  export default factory;
}
declare module 'bpmn-moddle' {
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
    fromXML(xml: string): Promise<{ rootElement: unknown }>;
  }
}
declare module 'bpmn-js-differ' {
  export function diff(oldDefinitions: object, newDefinitions: object): {
    _added?: Record<string, unknown>;
    _removed?: Record<string, unknown>;
    _changed?: Record<string, unknown>;
    _layoutChanged?: Record<string, unknown>;
  };
}
declare module 'bpmn-js-token-simulation/lib/modeler' {
  const module: Record<string, unknown>;
  export default module;
}
declare module 'modeler-moddle/resources/modeler.json' {
  const descriptor: Record<string, unknown>;
  export default descriptor;
}
declare module '@camunda/linting/modeler' {
  const module: Record<string, unknown>;
  export default module;
}
declare module '@camunda/linting' {
  /** One finding of Camunda's linter (bpmnlint report with Camunda's English message). */
  export interface CamundaReport {
    id: string;
    message: string;
    category: 'error' | 'warn' | 'info' | 'rule-error';
    rule: string;
    [property: string]: unknown;
  }
  export class Linter {
    constructor(options?: { modeler?: 'desktop' | 'web'; type?: 'cloud' | 'platform' });
    lint(contents: string | object): Promise<CamundaReport[]>;
  }
}
