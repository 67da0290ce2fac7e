// These packages ship JavaScript without type declarations; the designer only passes them to bpmn-js.
declare module 'bpmn-js-properties-panel' {
  export const BpmnPropertiesPanelModule: Record<string, unknown>;
  export const BpmnPropertiesProviderModule: Record<string, unknown>;
  export const ZeebePropertiesProviderModule: Record<string, unknown>;
}
declare module 'camunda-bpmn-js-behaviors/lib/camunda-cloud' {
  const module: Record<string, unknown>;
  export default module;
}
declare module 'zeebe-bpmn-moddle/resources/zeebe.json' {
  const descriptor: Record<string, unknown>;
  export default descriptor;
}
