// Action entry (thin). Errors become one failed-step message, never an unhandled rejection.
import '../esm-globals.js';
import * as core from '@actions/core';
import { runAction } from './action.js';

runAction().catch((err: unknown) => {
  core.setFailed(`slotflip: internal error: ${err instanceof Error ? err.message : String(err)}`);
});
