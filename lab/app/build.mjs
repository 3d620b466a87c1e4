// Builds the demo app's release archives (lab/release-archives.mjs: pg and ioredis bundled in, reproducible).
// Usage: node lab/app/build.mjs [--out DIR]   (prints the manifest as JSON)
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildReleaseArchives } from '../release-archives.mjs';

export const RELEASES = [
  { version: '1.0.0', schema: 1 },
  { version: '2.0.0', schema: 2 },
  { version: '3.0.0', schema: 3, breaking: true, breaks: 'drops tasks.done, which 2.x reads' },
  { version: '2.0.1-health-fail', schema: 2, fault: 'health-fail' },
  { version: '2.0.1-migrate-fail', schema: 2, fault: 'migrate-fail' },
  { version: '2.0.1-crash', schema: 2, fault: 'crash' },
  { version: '2.0.1-slow-start', schema: 2, fault: 'slow-start' },
  { version: '2.0.1-route-500', schema: 2, fault: 'route-500' },
  { version: '2.0.2-route-500', schema: 2, fault: 'route-500' },
  { version: '2.0.1-slow-route', schema: 2, fault: 'slow-route' },
  { version: '2.0.1-health-flap', schema: 2, fault: 'health-flap' },
  {
    version: '3.0.1-health-fail',
    schema: 3,
    breaking: true,
    breaks: 'declares itself breaking, then fails its health gate',
    fault: 'health-fail',
  },
];

const outIndex = process.argv.indexOf('--out');
const out = resolve(outIndex > 0 ? process.argv[outIndex + 1] : 'lab/state/releases');
const manifest = buildReleaseArchives({
  name: 'demo',
  entry: 'lab/app/src/main.js',
  main: 'app.js',
  releases: RELEASES,
  out,
});
writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(JSON.stringify(manifest));
