import { createHash } from 'node:crypto';

// Vikunja's embedded frontend, reduced: index.html names an entry script and a stylesheet under /assets/ with
// content-hashed names, and the entry imports a lazy chunk as Vite writes it ("./name-hash.js", plus the absolute
// "assets/..." list of __vite__mapDeps). Each release has its own names: after a flip the old ones are gone from
// the app, as they are from a new Vikunja binary.
export function frontend(version) {
  const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 8);
  const chunkBody = `export const release = ${JSON.stringify(version)};\n`;
  const chunk = `TaskDetail-${hash(chunkBody)}.js`;
  const cssBody = `body { font-family: sans-serif; } /* ${version} */\n`;
  const css = `index-${hash(cssBody)}.css`;
  const entryBody =
    `const __vite__mapDeps = (i, m = __vite__mapDeps, d = (m.f || (m.f = ["assets/${chunk}"]))) => ` +
    `i.map((i) => d[i]);\nexport const load = () => import("./${chunk}");\n`;
  const entry = `index-${hash(entryBody)}.js`;
  const files = new Map([
    [entry, { type: 'text/javascript', body: entryBody }],
    [chunk, { type: 'text/javascript', body: chunkBody }],
    [css, { type: 'text/css', body: cssBody }],
  ]);
  const index =
    `<!doctype html>\n<html><head><script type="module" crossorigin src="/assets/${entry}"></script>` +
    `<link rel="stylesheet" href="/assets/${css}"></head><body><div id="app"></div></body></html>\n`;
  return { index, files };
}
