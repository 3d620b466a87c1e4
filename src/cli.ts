// CLI entry (thin): the compile cache first, then everything else as a chunk it can serve (src/compile-cache.ts).
import './esm-globals.js';
import { enableCompileCache } from './compile-cache.js';

enableCompileCache();
import('./cli/main.js').then(
  ({ main }) => main(),
  (err: unknown) => {
    process.stderr.write(`slotflip: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
