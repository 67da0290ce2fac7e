// The designer's API types (src/api/schema.d.ts) from the host's OpenAPI document (openapi.json, a snapshot that
// tests/Host checks against what the host serves). `--check` fails when the committed types are not what it generates.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const designer = new URL('../../', import.meta.url);
const source = new URL('openapi.json', designer);
const target = new URL('src/api/schema.d.ts', designer);
const header = '// Generated from openapi.json by tools/openapi (npm run api:types); never edit by hand.\n\n';

const ast = await openapiTS(JSON.parse(await readFile(source, 'utf8')), { alphabetize: true });
const generated = header + astToString(ast);
if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== generated) {
    console.error(`${fileURLToPath(target)} is not what openapi.json gives: run \`npm run api:types\` in src/Designer.`);
    process.exit(1);
  }
  console.log('schema.d.ts matches openapi.json');
} else {
  await writeFile(target, generated);
  console.log(`wrote ${fileURLToPath(target)}`);
}
