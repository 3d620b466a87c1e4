import { describe, expect, it } from 'vitest';
import type { Instance } from '../../src/config/environment.generated.js';
import { checkTimeout, resolved, schemaDefault } from '../../src/config/resolved.js';

const bare = {
  id: 'x',
  health: { checks: [] },
  app: { components: {} },
} as unknown as Instance;

describe('resolved settings', () => {
  it("applies the schema's documented defaults when the file leaves a setting out", () => {
    expect(resolved(bare)).toEqual({
      healthTimeout: 60,
      healthInterval: 1,
      healthConsecutive: 3,
      migrationTimeout: 300,
      observe: 30,
      keepWarm: 300,
      drain: 10,
      maxP95Latency: 0.5,
      maxErrorRate: 5,
      receiptRate: 4,
      backupsKeep: 7,
      assetsKeep: 3,
    });
    expect(checkTimeout({ type: 'http' } as never)).toBe(2);
  });

  it('takes what the file says over the default, in seconds', () => {
    const inst = {
      ...bare,
      health: { checks: [], timeout: '2m', consecutive: 5 },
      windows: { drain: '0s', keep_warm: '1h', max_p95_latency: '250ms', receipt_rate: 0 },
    } as unknown as Instance;
    const r = resolved(inst);
    expect([r.healthTimeout, r.healthConsecutive, r.drain, r.keepWarm, r.maxP95Latency, r.receiptRate]).toEqual([
      120, 5, 0, 3600, 0.25, 0,
    ]);
  });

  it('refuses a setting the schema gives no default, rather than reading it as 0', () => {
    expect(() => schemaDefault('windows', 'no_such_setting')).toThrow(/windows\.no_such_setting no default/);
  });
});
