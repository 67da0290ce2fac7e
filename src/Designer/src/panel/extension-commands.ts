// The Zeebe properties panel's way to change extension elements, shared by our own panel entries: one
// `properties-panel.multi-command-executor` call of `element.updateModdleProperties` steps, undone as one.

export interface ModdleElement {
  $type: string;
  $parent?: ModdleElement;
  get(name: string): unknown;
}
export interface Shape { businessObject: ModdleElement }
export interface Command { cmd: string; context: Record<string, unknown> }
export interface BpmnFactory { create(type: string, properties: object): ModdleElement }

export const updateCommand = (element: Shape, moddleElement: ModdleElement, properties: object): Command =>
  ({ cmd: 'element.updateModdleProperties', context: { element, moddleElement, properties } });

/**
 * The element's extension of `type` (`zeebe:AssignmentDefinition`, `zeebe:FormDefinition` …) and the commands that
 * create it, and the extension elements around it, when they are missing.
 */
export function ensureExtension(element: Shape, type: string, factory: BpmnFactory): { extension: ModdleElement; commands: Command[] } {
  const commands: Command[] = [];
  const task = element.businessObject;
  let extensions = task.get('extensionElements') as ModdleElement | undefined;
  if (!extensions) {
    extensions = factory.create('bpmn:ExtensionElements', { values: [] });
    extensions.$parent = task;
    commands.push(updateCommand(element, task, { extensionElements: extensions }));
  }

  const values = extensions.get('values') as ModdleElement[];
  let extension = values.find((v) => v.$type === type);
  if (!extension) {
    extension = factory.create(type, {});
    extension.$parent = extensions;
    commands.push(updateCommand(element, extensions, { values: [...values, extension] }));
  }

  return { extension, commands };
}
