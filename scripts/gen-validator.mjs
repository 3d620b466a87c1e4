// Compiles the environment schema's validator ahead of time (ajv's standalone code) into
// src/config/environment.validate.generated.ts: compiling it at run time cost every CLI start about 170 ms, more than
// validating a file. It answers only valid or not (no allErrors, no verbose): a valid file, the common case, needs no
// more, and an invalid one is described by the validator compiled at run time with the full options (src/config/
// schema.ts). The verdict-only code is a quarter of the size, which is what a cold start pays to load. `--check` fails when the committed file is stale (check-dist runs it, like the generated types).
import { readFile, writeFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const schema = JSON.parse(await readFile(new URL('../schema/environment.schema.json', import.meta.url), 'utf8'));
const { options, keywords } = JSON.parse(
  await readFile(new URL('../schema/environment.validator.json', import.meta.url), 'utf8'),
);
const outPath = new URL('../src/config/environment.validate.generated.ts', import.meta.url);
const ajv = new Ajv({
  ...options,
  allErrors: false,
  verbose: false,
  inlineRefs: false,
  code: { source: true, esm: true },
});
for (const k of keywords) ajv.addKeyword(k);
// ajv's standalone code reaches its runtime helpers with require() even as ESM: made imports, so the module runs the
// same under Node's ESM loader (tsx, vitest) as in the bundle.
const helpers = [];
const code = standaloneCode
  .default(ajv, ajv.compile(schema))
  .replace(/require\("(ajv\/dist\/runtime\/[a-z0-9]+)"\)\.default/g, (_m, path) => {
    helpers.push(path);
    return `helper${helpers.length - 1}`;
  });
// A CommonJS helper's function is its default export under Node's loader and the module itself under the bundler.
const imports = helpers
  .map(
    (path, i) =>
      `import helper${i}Module from '${path}.js';\nconst helper${i} = helper${i}Module.default ?? helper${i}Module;`,
  )
  .join('\n');
const out = `// Generated from schema/environment.schema.json by \`npm run gen:validator\`. Do not edit.\n// @ts-nocheck\n${imports}\n${code.replace(/^"use strict";/, '')}\n`;
if (process.argv.includes('--check')) {
  if ((await readFile(outPath, 'utf8').catch(() => '')) !== out) {
    console.error('src/config/environment.validate.generated.ts is stale: run `npm run gen:validator` and commit it.');
    process.exit(1);
  }
} else {
  await writeFile(outPath, out);
}
