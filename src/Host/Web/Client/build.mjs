// Bundles the web UI's script and styles (Leaflet's images included) into ../../wwwroot/web.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const outdir = new URL('../../wwwroot/web/', import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });
await build({
  // app.js imports the styles, so esbuild writes app.css beside it.
  entryPoints: { app: 'src/app.js' },
  outdir,
  bundle: true,
  minify: true,
  sourcemap: true,
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  loader: { '.png': 'file', '.svg': 'file' },
  assetNames: 'assets/[name]-[hash]',
  publicPath: '/web',
  entryNames: '[name]',
  logLevel: 'warning',
});
