import type { Instance } from '../config/environment.generated.js';
import { resolved } from '../config/resolved.js';
import { warmSlotAnswers } from '../host/health.js';
import { resumeSlot, startSlot, stopSlot } from '../host/slot-units.js';
import { layout, type Slot } from '../shell/layout.js';
import { quote } from '../shell/quote.js';
import { gateStep, MIN } from './steps.js';
import type { Step } from './types.js';

/**
 * The slot a rollback flips to, made ready: a warm one (still running the release) keeps running, its retire timer
 * cancelled, and answers once; a stopped one is started on the release and gated.
 */
export function slotReadySteps(inst: Instance, to: Slot, target: string, version: string, warm: boolean): Step[] {
  const components = Object.keys(inst.app.components);
  return warm
    ? [
        {
          id: 'warm',
          phase: 'gate',
          title: `keep the warm ${to} slot (${target}) and check that it answers`,
          timeoutMs: resolved(inst).healthTimeout * 1000 + MIN,
          // The retire timer may fire any moment: cancel it first; a slot it stopped meanwhile is started again.
          ops: [
            {
              kind: 'sh',
              note: `cancel the ${to} slot's retire timer`,
              text: `systemctl stop ${quote(`${layout(inst.id).retireUnit(to)}.timer`)} 2>/dev/null || true`,
            },
            resumeSlot(inst.id, to, components),
            warmSlotAnswers(inst, to, version),
          ],
        },
      ]
    : [
        {
          id: 'start',
          phase: 'start',
          title: `start the ${to} slot on ${target}`,
          timeoutMs: 2 * MIN,
          ops: [startSlot(inst.id, to, target, components)],
          undo: [stopSlot(inst.id, to, components)],
        },
        gateStep(inst, to, version),
      ];
}
