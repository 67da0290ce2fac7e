import { defineConfig } from 'vitest/config';

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
