import { viFormPatterns, viForms } from './vi-forms';

// The form editor writes its English texts straight into the DOM (no translate service in form-js-editor 1.23), so
// they are translated where they land: each text node and title/placeholder/aria-label whose whole text is a known
// English text gets the Vietnamese one, now and whenever preact renders it again. Preact compares a text with the
// text it rendered last, not with the DOM, so a translated node stays translated until its English text changes.

const ATTRIBUTES = ['title', 'placeholder', 'aria-label'];

/** What an administrator typed, never translated: field values, editors, and the texts of their own components. */
const USER_CONTENT = 'input, textarea, [contenteditable], .cm-editor, .bio-properties-panel-header-label, '
  + '.fjs-form-field-label, .fjs-inline-label, .fjs-form-field-description, .fjs-form-field-text';
/** The editor's own texts inside a component's preview (the file picker's button and "no files"). */
const EDITOR_CHROME = '.fjs-filepicker-container';

/** The Vietnamese text for a whole English text of the editor (surrounding spaces kept), or null when none is known. */
export function translateText(text: string): string | null {
  const key = text.trim();
  if (!key) {
    return null;
  }

  const translated = viForms[key] ?? viFormPatterns
    .map(([pattern, build]) => { const match = key.match(pattern); return match ? build(match) : undefined; })
    .find((text) => text !== undefined);
  return translated === undefined ? null : text.replace(key, () => translated);
}

function translateNode(node: Node): void {
  if (node.nodeType === Node.TEXT_NODE) {
    const parent = node.parentElement;
    const ours = parent && (parent.closest(EDITOR_CHROME) || !parent.closest(USER_CONTENT));
    const translated = ours ? translateText(node.nodeValue ?? '') : null;
    if (translated !== null && translated !== node.nodeValue) {
      node.nodeValue = translated;
    }
  } else if (node instanceof Element) {
    translateAttributes(node);
    const texts = document.createTreeWalker(node, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let next = texts.nextNode(); next; next = texts.nextNode()) {
      if (next instanceof Element) {
        translateAttributes(next);
      } else {
        translateNode(next);
      }
    }
  }
}

function translateAttributes(element: Element): void {
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name);
    const translated = value === null ? null : translateText(value);
    if (translated !== null && translated !== value) {
      element.setAttribute(name, translated);
    }
  }
}

/** Translates what `root` shows now and keeps translating what is rendered into it later. */
export function keepTranslated(root: HTMLElement): MutationObserver {
  translateNode(root);
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'childList') {
        mutation.addedNodes.forEach(translateNode);
      } else if (mutation.type === 'characterData') {
        translateNode(mutation.target);
      } else if (mutation.target instanceof Element) {
        translateAttributes(mutation.target);
      }
    }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES });
  return observer;
}
