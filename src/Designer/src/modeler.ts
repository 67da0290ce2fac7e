import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  ZeebePropertiesProviderModule,
} from 'bpmn-js-properties-panel';
import { CloudElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import ElementTemplateChooserModule from '@bpmn-io/element-template-chooser';
import { CreateAppendAnythingModule, CreateAppendElementTemplatesModule } from 'bpmn-js-create-append-anything';
import ZeebeBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-cloud';
import TokenSimulationModule from 'bpmn-js-token-simulation/lib/modeler';
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';
import modelerModdle from 'modeler-moddle/resources/modeler.json';
import CamundaLintingModule from '@camunda/linting/modeler';
import { viTranslateModule } from './i18n/translate';
import type { CandidateGroup, ElementTemplate } from './api/client';
import { candidateGroupChoiceModule, candidateGroupChoices } from './candidate-groups/choice-provider';
import { formChoiceModule } from './forms/form-choice-provider';
import type { Choice, Choices } from './panel/pick-entry';

/**
 * The modeler with the Zeebe properties panel, our extension vocabulary, Vietnamese labels, and the element
 * templates the host generates from its job handlers (offered in the create/append menus and the panel), the known
 * candidate groups and form ids, and Camunda's linter.
 */
export function createModeler(canvas: HTMLElement, properties: HTMLElement): BpmnModeler {
  return new BpmnModeler({
    container: canvas,
    propertiesPanel: { parent: properties },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      ZeebePropertiesProviderModule,
      ZeebeBehaviorsModule,
      CloudElementTemplatesPropertiesProviderModule,
      ElementTemplateChooserModule,
      CreateAppendAnythingModule,
      CreateAppendElementTemplatesModule,
      TokenSimulationModule, // play a path before publishing (toggle at the top left of the canvas)
      viTranslateModule,
      candidateGroupChoiceModule, // agencies and roles offered for a user task's candidate groups
      formChoiceModule, // deployed and new form ids offered for a user task's form
      CamundaLintingModule, // Camunda's linter findings in the properties panel (lint/lint-view.ts feeds it)
    ],
    // Camunda's own canvas markers stay off: our lint badges show its findings too.
    linting: { active: false },
    // modeler:executionPlatform(Version) tells Camunda's linter which Camunda version the diagram is for.
    moddleExtensions: { zeebe: zeebeModdle, modeler: modelerModdle },
  });
}

/** Replaces the templates the modeler offers (loaded from the host after start-up). */
export function setElementTemplates(modeler: BpmnModeler, templates: ElementTemplate[]): void {
  modeler.get<{ setTemplates(t: ElementTemplate[]): void }>('elementTemplatesLoader').setTemplates(templates);
}

/** The form ids a user task can link (free text in the Zeebe field stays possible). */
export function setFormChoices(modeler: BpmnModeler, choices: Choice[]): void {
  modeler.get<Choices>('lcFormChoices').list = choices;
}

/** The agencies' groups the host offers for user tasks (free text in the Zeebe field stays possible). */
export function setCandidateGroups(modeler: BpmnModeler, groups: CandidateGroup[]): void {
  modeler.get<Choices>('lcCandidateGroupChoices').list = candidateGroupChoices(groups);
}
