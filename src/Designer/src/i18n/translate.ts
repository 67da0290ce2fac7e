import { vi } from './vi';

export type Replacements = Readonly<Record<string, string | number>>;

/**
 * bpmn-js's `translate` service with our Vietnamese dictionary: the template is looked up first,
 * then `{name}` placeholders are filled (bpmn-js passes e.g. `{element}` in some labels).
 */
export function translate(template: string, replacements: Replacements = {}, dictionary = vi): string {
  const text = dictionary[template] ?? template;
  return text.replace(/{([^}]+)}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(replacements, key) ? String(replacements[key]) : whole);
}

/** A didi module that replaces bpmn-js's default (English) translate service. */
export const viTranslateModule = {
  translate: ['value', translate],
};
