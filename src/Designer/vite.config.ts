import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// Vitest 5 reports failures with Map.groupBy, which Node 20 (Debian's, CI's) lacks: without this a failing test
// crashes the reporter instead of being reported. Harmless on Node 21+.
if (!('groupBy' in Map)) {
  Object.defineProperty(Map, 'groupBy', {
    value<K, V>(items: Iterable<V>, key: (item: V, index: number) => K): Map<K, V[]> {
      const groups = new Map<K, V[]>();
      let index = 0;
      for (const item of items) {
        const k = key(item, index++);
        groups.set(k, [...(groups.get(k) ?? []), item]);
      }
      return groups;
    },
  });
}

// form-js-editor pins preact <= 10.15.1 (drag and drop breaks on later versions) and npm nests that copy under it, while
// form-js-viewer, whose components the editor renders, would get the newer top-level preact (@camunda/linting's UI
// needs it): two preacts break hooks. Every preact import of the form-js packages resolves as the editor's own.
const formJsEditor = decodeURIComponent(new URL('./node_modules/@bpmn-io/form-js-editor/dist/index.es.js', import.meta.url).pathname);
const formJsPreact: Plugin = {
  name: 'laichau-form-js-preact',
  enforce: 'pre',
  resolveId(source, importer, options) {
    if (/^preact(\/|$)/.test(source) && importer && /[\\/]@bpmn-io[\\/]form-js-(editor|viewer)[\\/]/.test(importer)) {
      return this.resolve(source, formJsEditor, { ...options, skipSelf: true });
    }

    return null;
  },
};

// Built into wwwroot/, which the Razor class library ships as static web assets under /designer/
// (StaticWebAssetBasePath). Relative asset URLs, so the page works under that prefix.
export default defineConfig({
  base: './',
  plugins: [formJsPreact],
  build: {
    outDir: 'wwwroot',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    sourcemap: false,
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
  },
});
