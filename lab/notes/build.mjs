// Builds the notes app's release archives (lab/release-archives.mjs: pg bundled in, reproducible).
// Usage: node lab/notes/build.mjs --out DIR   (prints the manifest as JSON)
import { buildReleaseArchives } from '../release-archives.mjs';

export const RELEASES = [
  { version: '1.0.0', schema: 1 },
  { version: '1.1.0', schema: 2 },
];

const out = process.argv[process.argv.indexOf('--out') + 1] ?? 'lab/state/releases';
console.log(
  JSON.stringify(
    buildReleaseArchives({ name: 'notes', entry: 'lab/notes/notes.js', main: 'notes.js', releases: RELEASES, out }),
  ),
);
