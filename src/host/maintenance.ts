import type { Op } from '../shell/ops.js';
import { layout } from '../shell/layout.js';

// The maintenance page: nginx answers 503 with Retry-After on every route while this flag file exists (checked per
// request, no reload). One place builds the ops, so every plan turns it on and off the same way.
export const maintenanceOn = (instance: string): Op => ({
  kind: 'run',
  argv: ['touch', layout(instance).maintenanceFlag],
  note: 'maintenance page on (503 + Retry-After)',
});
export const maintenanceOff = (instance: string): Op => ({
  kind: 'run',
  argv: ['rm', '-f', layout(instance).maintenanceFlag],
  note: 'maintenance page off',
});
