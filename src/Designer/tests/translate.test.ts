import { describe, expect, it } from 'vitest';
import { translate, viTranslateModule } from '../src/i18n/translate';
import { vi as dictionary } from '../src/i18n/vi';
import paletteSource from 'bpmn-js/lib/features/palette/PaletteProvider.js?raw';
import contextPadSource from 'bpmn-js/lib/features/context-pad/ContextPadProvider.js?raw';
import createAppendSource from 'bpmn-js-create-append-anything/dist/index.es.js?raw';

describe('translate', () => {
  it('gives the Vietnamese label of a palette entry', () => {
    expect(translate('Create start event')).toBe('Tạo sự kiện bắt đầu');
  });

  it('gives the Vietnamese label of a properties panel group', () => {
    expect(translate('Task definition')).toBe('Định nghĩa công việc');
  });

  it('keeps an unknown template in English rather than losing it', () => {
    expect(translate('Some label bpmn-js adds later')).toBe('Some label bpmn-js adds later');
  });

  it('fills placeholders after translating', () => {
    expect(translate('Hello {who}', { who: 'Lai Châu' }, { 'Hello {who}': 'Xin chào {who}' })).toBe('Xin chào Lai Châu');
  });

  it('leaves a placeholder without a replacement as it is', () => {
    expect(translate('{missing} x')).toBe('{missing} x');
  });

  it('is registered as the translate service of the modeler', () => {
    expect(viTranslateModule.translate).toEqual(['value', translate]);
  });

  // Guards against typos in keys: every palette and context pad key must be a real bpmn-js template.
  it.each([['palette', paletteSource], ['context pad', contextPadSource], ['create/append menu', createAppendSource]])(
    'translates every label of the %s',
    (_, source) => {
      const labels = [...source.matchAll(/translate\(\s*'([^']+)'/g)].map((m) => m[1]);
      expect(labels.length).toBeGreaterThan(5);
      expect(labels.filter((label) => !(label in dictionary))).toEqual([]);
    },
  );

  it('has a Vietnamese text for every key, different from the English one', () => {
    const untranslated = Object.entries(dictionary).filter(([en, text]) => !text.trim() || text === en);
    expect(untranslated).toEqual([]);
  });
});
