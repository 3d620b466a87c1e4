// Action entry (thin): the compile cache first, then the action as a chunk it can serve (src/compile-cache.ts).
import '../esm-globals.js';
import { enableCompileCache } from '../compile-cache.js';

enableCompileCache();
import('./run-action.js').then(
  ({ main }) => main(),
  (err: unknown) => {
    // As core.setFailed writes it: the action's own code did not load.
    process.stdout.write(`::error::slotflip: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
