import { describe, expect, it } from 'vitest';
import editorSource from '../node_modules/@bpmn-io/form-js-editor/dist/index.es.js?raw';
import viewerSource from '../node_modules/@bpmn-io/form-js-viewer/dist/index.es.js?raw';
import { translateText } from '../src/forms/dom-translator';
import { SUPPORTED_TYPES } from '../src/forms/subset';
import { viForms } from '../src/forms/vi-forms';

/** The palette name of each component type, as form-js-viewer's components declare it (`X.config = { type, name }`). */
function paletteNames(): Map<string, string> {
  const constants = new Map([...viewerSource.matchAll(/const (type(?:\$\w+)?) = '(\w+)';/g)].map((m) => [m[1], m[2]]));
  const names = new Map<string, string>();
  for (const m of viewerSource.matchAll(/\.config = \{\s*type: (type(?:\$\w+)?|'\w+'),(?:(?!\.config = \{)[^])*?(?:name|label): '([^']+)'/g)) {
    names.set(m[1].startsWith("'") ? m[1].slice(1, -1) : constants.get(m[1]) ?? m[1], m[2]);
  }
  return names;
}

describe('the form editor in Vietnamese', () => {
  it('names every supported component type of the palette', () => {
    const names = paletteNames();
    const missing = SUPPORTED_TYPES.filter((type) => !names.get(type) || !viForms[names.get(type)!]);
    expect(names.size).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it('translates the common properties and the validation texts', () => {
    for (const [english, vietnamese] of [['Field label', 'Nhãn'], ['Key', 'Khóa (tên biến)'], ['Required', 'Bắt buộc'],
      ['Field description', 'Mô tả'], ['Static options', 'Các lựa chọn'], ['Validation', 'Kiểm tra dữ liệu'], ['Must be unique.', 'Phải khác mọi khóa khác của biểu mẫu.']]) {
      expect(translateText(english)).toBe(vietnamese);
    }
  });

  it('keeps the spaces around a text and leaves unknown texts alone', () => {
    expect(translateText('  Required ')).toBe('  Bắt buộc ');
    expect(translateText('Some text form-js adds later')).toBeNull();
    expect(translateText('   ')).toBeNull();
  });

  it('builds the texts the editor composes', () => {
    expect(translateText('Create a Ô văn bản element')).toBe('Thêm Ô văn bản');
    expect(translateText('Create an Image view element')).toBe('Thêm Hình ảnh');
    expect(translateText('List contains 3 items')).toBe('Danh sách có 3 mục');
  });

  // Guards against typos and upgrades: a key that is no text of form-js would never be translated.
  it('has only keys that are texts of form-js', () => {
    const composed = ['Click to set a dynamic value with FEEL expression', 'Click to remove dynamic value with FEEL expression'];
    const unknown = Object.keys(viForms).filter((key) => !composed.includes(key)
      && ![`'${key.replace(/'/g, "\\'")}'`, `"${key}"`, `\`${key}\``].some((quoted) => editorSource.includes(quoted) || viewerSource.includes(quoted)));
    expect(unknown).toEqual([]);
  });

  it('has a Vietnamese text for every key, different from the English one', () => {
    expect(Object.entries(viForms).filter(([en, text]) => !text.trim() || text === en)).toEqual([]);
  });
});
