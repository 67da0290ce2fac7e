import { BpmnModdle } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import zeebe from 'zeebe-bpmn-moddle/resources/zeebe.json';
import { summarize } from '../src/compare';

const moddle = new BpmnModdle({ zeebe });

const file = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="t">
  <bpmn:process id="P" isExecutable="true">${body}</bpmn:process>
</bpmn:definitions>`;

const read = async (body: string) => (await moddle.fromXML(file(body))).rootElement as object;

describe('summarize (compare two versions)', () => {
  it('lists renamed, added and removed elements by id', async () => {
    const before = await read('<bpmn:startEvent id="Start" /><bpmn:userTask id="Check" name="Kiểm tra" /><bpmn:endEvent id="Old" />');
    const after = await read('<bpmn:startEvent id="Start" /><bpmn:userTask id="Check" name="Kiểm tra lại" /><bpmn:endEvent id="New" />');

    expect(summarize(before, after)).toMatchObject({ added: ['New'], removed: ['Old'], changed: ['Check'] });
  });

  it('finds no change between the same file read twice', async () => {
    const body = '<bpmn:startEvent id="Start" /><bpmn:userTask id="Check" />';
    expect(summarize(await read(body), await read(body))).toEqual({ added: [], removed: [], changed: [], layoutChanged: [] });
  });
});
