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

// Built into wwwroot/, which the Razor class library ships as static web assets under /designer/
// (StaticWebAssetBasePath). Relative asset URLs, so the page works under that prefix.
export default defineConfig({
  base: './',
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
