import type { StepEvent } from '../engine/outcome.js';

/**
 * How a run's steps reach the operator: the terminal's step lines (or the action's groups, via `custom`), and for a
 * long step (a big backup, a slow migration, the observe window) a line every 10 s saying it is alive.
 */
export function stepReporter(
  log: (line: string) => void,
  mask: (text: string) => string,
  custom?: (e: StepEvent, mask: (text: string) => string) => void,
) {
  const terminal = (e: StepEvent) => {
    if (e.kind === 'start') log(`${e.index < e.total ? `[${e.index + 1}/${e.total}]` : '[end]'} ${e.step.title} ...`);
    else if (e.kind === 'done')
      log(
        `      ${e.result.code === 0 ? 'ok' : `FAILED (exit ${e.result.code})`} in ` +
          (`${(e.ms / 1000).toFixed(1)} ` +
            `s${
              e.result.code === 0
                ? ''
                : `: ` + `${mask(e.result.stderr.trim().split('\n').slice(-6).join('\n        '))}`
            }`),
      );
    else if (e.kind === 'note') log(`      note: ${mask(e.text)}`);
    else if (e.kind === 'undo')
      log(`      undo ${e.step.id}: ${e.result.code === 0 ? 'ok' : `FAILED: ${mask(e.result.stderr.trim())}`}`);
    else log(`      waiting for the lock: ${mask(e.holder)}`);
  };
  const report = custom ? (e: StepEvent) => custom(e, mask) : terminal;
  let ticker: NodeJS.Timeout | undefined;
  return {
    onEvent(e: StepEvent) {
      if (e.kind === 'start') {
        const started = Date.now();
        clearInterval(ticker);
        ticker = setInterval(
          () => log(`      ... ${e.step.id}: ${Math.round((Date.now() - started) / 1000)} s`),
          10_000,
        );
      } else if (e.kind === 'done') clearInterval(ticker);
      report(e);
    },
    stop: () => clearInterval(ticker),
  };
}
