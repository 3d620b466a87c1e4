// Derives src/config/environment.generated.ts from schema/environment.schema.json, the one source of the format.
// `--check` fails when the committed file is stale (CI runs it), so types are never written twice by hand.
import { readFile, writeFile } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';

const schemaPath = new URL('../schema/environment.schema.json', import.meta.url);
const outPath = new URL('../src/config/environment.generated.ts', import.meta.url);
const schema = JSON.parse(await readFile(schemaPath, 'utf8'));
const ts = await compile(schema, 'Environment', {
  bannerComment: '// Generated from schema/environment.schema.json by `npm run gen:types`. Do not edit.',
  additionalProperties: false,
  unreachableDefinitions: true,
  strictIndexSignatures: true,
  format: true,
  style: { singleQuote: true },
});
if (process.argv.includes('--check')) {
  const current = await readFile(outPath, 'utf8').catch(() => '');
  if (current !== ts) {
    console.error('src/config/environment.generated.ts is stale: run `npm run gen:types` and commit it.');
    process.exit(1);
  }
} else {
  await writeFile(outPath, ts);
}
