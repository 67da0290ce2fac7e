import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  ZeebePropertiesProviderModule,
} from 'bpmn-js-properties-panel';
import ZeebeBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-cloud';
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';
import { viTranslateModule } from './i18n/translate';

/** The modeler with the Zeebe properties panel, our extension vocabulary, and Vietnamese labels. */
export function createModeler(canvas: HTMLElement, properties: HTMLElement): BpmnModeler {
  return new BpmnModeler({
    container: canvas,
    propertiesPanel: { parent: properties },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      ZeebePropertiesProviderModule,
      ZeebeBehaviorsModule,
      viTranslateModule,
    ],
    moddleExtensions: { zeebe: zeebeModdle },
  });
}
