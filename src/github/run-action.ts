import * as core from '@actions/core';
import { runAction } from './action.js';

/** The action, loaded by its entry (github/main.ts): errors become one failed-step message, never a rejection. */
export function main(): void {
  runAction().catch((err: unknown) => {
    core.setFailed(`slotflip: internal error: ${err instanceof Error ? err.message : String(err)}`);
  });
}
