import { parseLockWait } from '../config/duration.js';
import { UsageError } from './usage-error.js';

/** --lock-wait in milliseconds; a value that is not a duration stops the command before anything connects. */
export function lockWaitOption(text: string | undefined): number {
  const wait = parseLockWait(text ?? '0');
  if (!wait.ok) throw new UsageError(`--${wait.message}`);
  return wait.ms;
}
