// bpmnlint rules that mirror the engine's supported subset (docs/bpmn-subset.md), so an administrator sees while
// drawing what the server would refuse on publish. Messages are Vietnamese and name the engine's error code.

/** The part of a moddle element the rules read. */
export interface ModdleNode {
  $type: string;
  id?: string;
  $instanceOf(type: string): boolean;
  [property: string]: unknown;
}

export interface Reporter {
  report(id: string | undefined, message: string): void;
}

export type RuleFactory = () => { check(node: ModdleNode, reporter: Reporter): void };

const extension = (node: ModdleNode, type: string): ModdleNode | undefined =>
  ((node.extensionElements as { values?: ModdleNode[] } | undefined)?.values ?? []).find((v) => v.$instanceOf(type));

const filled = (value: unknown) => typeof value === 'string' && value.trim().length > 0;

const rule = (check: (node: ModdleNode, reporter: Reporter) => void): RuleFactory => () => ({ check });

const UNSUPPORTED_ELEMENTS: Readonly<Record<string, string>> = {
  'bpmn:BusinessRuleTask': 'công việc theo luật nghiệp vụ',
  'bpmn:Transaction': 'giao dịch (transaction)',
  'bpmn:AdHocSubProcess': 'quy trình con tùy biến (ad-hoc)',
  'bpmn:ComplexGateway': 'cổng phức hợp',
};

const UNSUPPORTED_DEFINITIONS: Readonly<Record<string, string>> = {
  'bpmn:SignalEventDefinition': 'tín hiệu',
  'bpmn:ConditionalEventDefinition': 'điều kiện',
  'bpmn:LinkEventDefinition': 'liên kết',
  'bpmn:CancelEventDefinition': 'hủy',
  'bpmn:CompensateEventDefinition': 'bù trừ',
};

export const rules: Readonly<Record<string, RuleFactory>> = {
  'supported-elements': rule((node, reporter) => {
    const name = UNSUPPORTED_ELEMENTS[node.$type];
    if (name) {
      reporter.report(node.id, `Máy chủ không hỗ trợ ${name} (BPMN-UNSUPPORTED-001).`);
    }
  }),

  'supported-event-definitions': rule((node, reporter) => {
    const definitions = (node.eventDefinitions as ModdleNode[] | undefined) ?? [];
    for (const definition of definitions) {
      const name = UNSUPPORTED_DEFINITIONS[definition.$type];
      if (name) {
        reporter.report(node.id, `Máy chủ không hỗ trợ sự kiện ${name} (BPMN-UNSUPPORTED-002).`);
      }
    }

    if (definitions.length > 1) {
      reporter.report(node.id, 'Một sự kiện chỉ được có một định nghĩa sự kiện (BPMN-UNSUPPORTED-007).');
    }
  }),

  'job-type-required': rule((node, reporter) => {
    const isJob = ['bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:ScriptTask'].some((t) => node.$instanceOf(t));
    if (isJob && !filled(extension(node, 'zeebe:TaskDefinition')?.type)) {
      reporter.report(node.id, 'Công việc cần loại công việc (job type): chọn một mẫu công việc hoặc điền "Định nghĩa công việc".');
    }
  }),

  'called-element-required': rule((node, reporter) => {
    if (node.$instanceOf('bpmn:CallActivity') && !filled(extension(node, 'zeebe:CalledElement')?.processId)) {
      reporter.report(node.id, 'Hoạt động gọi quy trình cần mã quy trình được gọi.');
    }
  }),

  'multi-instance-collection': rule((node, reporter) => {
    const loop = node.loopCharacteristics as ModdleNode | undefined;
    if (loop?.$instanceOf('bpmn:StandardLoopCharacteristics')) {
      reporter.report(node.id, 'Vòng lặp chuẩn không được hỗ trợ: dùng nhiều lượt (multi-instance) (BPMN-UNSUPPORTED-004).');
    } else if (loop?.$instanceOf('bpmn:MultiInstanceLoopCharacteristics')
      && !filled(extension(loop, 'zeebe:LoopCharacteristics')?.inputCollection)) {
      reporter.report(node.id, 'Nhiều lượt (multi-instance) cần tập hợp đầu vào.');
    }
  }),

  'no-data-associations': rule((node, reporter) => {
    const inputs = (node.dataInputAssociations as unknown[] | undefined) ?? [];
    const outputs = (node.dataOutputAssociations as unknown[] | undefined) ?? [];
    if (node.$instanceOf('bpmn:Activity') && inputs.length + outputs.length > 0) {
      reporter.report(node.id, 'Liên kết dữ liệu không được hỗ trợ: dùng ánh xạ đầu vào/đầu ra (BPMN-UNSUPPORTED-005).');
    }
  }),

  'no-compensation': rule((node, reporter) => {
    if (node.isForCompensation === true) {
      reporter.report(node.id, 'Hoạt động bù trừ không được hỗ trợ (BPMN-UNSUPPORTED-006).');
    }
  }),

  'executable-process': rule((node, reporter) => {
    if (node.$type === 'bpmn:Process' && node.isExecutable !== true) {
      reporter.report(node.id, 'Quy trình phải được đánh dấu "Có thể chạy" thì mới xuất bản được.');
    }
  }),
};

/** bpmnlint's own rules we keep, with our Vietnamese message in place of theirs (keyed by rule name). */
export const builtInMessages: Readonly<Record<string, string>> = {
  'start-event-required': 'Quy trình (hoặc quy trình con) cần một sự kiện bắt đầu.',
  'end-event-required': 'Quy trình (hoặc quy trình con) cần một sự kiện kết thúc.',
  'no-disconnected': 'Phần tử chưa được nối với luồng nào.',
};
