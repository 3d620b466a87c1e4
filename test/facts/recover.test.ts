import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { layout } from '../../src/shell/layout.js';
import { probeScript } from '../../src/host/probe.js';
import { parseProbe, type HostProbe, type JournalEntry } from '../../src/facts/probe.js';
import { interruptedRun, recover } from '../../src/facts/recover.js';
import { emptyState } from '../../src/shell/state.js';
import { labInstance } from '../plan/fixtures.js';

const inst = labInstance();
const l = layout(inst.id);
const steps = (run: string, names: string[], last?: 'start') =>
  names.flatMap((step, i): JournalEntry[] =>
    i === names.length - 1 && last === 'start'
      ? [{ run, step, event: 'start', at: 100 + i }]
      : [
          { run, step, event: 'start', at: 100 + i },
          { run, step, event: 'end', at: 100.5 + i, code: 0 },
        ],
  );

function probe(over: Partial<HostProbe>): HostProbe {
  const state = {
    ...emptyState(inst.id),
    active: 'blue' as const,
    slots: { blue: { release: '1.0.0-aaaaaaaa', version: '1.0.0', since: 'x' } },
    releases: ['1.0.0-aaaaaaaa'],
  };
  return {
    state,
    routed: 'blue',
    slotRelease: { blue: '1.0.0-aaaaaaaa' },
    slotRunning: { blue: true, green: false },
    maintenance: false,
    lock: null,
    journal: [],
    watching: false,
    fingerprint: 'f',
    now: 1000,
    ...over,
  };
}

describe('the host probe', () => {
  it('parses what its own script prints on a host where a run was killed after its flip', () => {
    // The shape probeScript prints (the e2e suite runs the script itself on the lab after a killed deploy).
    const out = [
      '',
      '@state',
      JSON.stringify(probe({}).state),
      '',
      '@routed',
      `/run/slotflip/${inst.id}/api/green/app.sock`,
      '@slot-blue',
      '../releases/1.0.0-aaaaaaaa',
      '@slot-green',
      '../releases/2.0.0-bbbbbbbb',
      '@units',
      'active', // api@blue
      'inactive', // api@green
      'inactive', // the watch
      '@maintenance',
      '',
      '@lock',
      '{"run":"R9","owner":"ci","started":1,"expires":2}',
      '@journal',
      ...steps('R9', ['lock', 'preflight', 'flip', 'observe'], 'start').map((e) => JSON.stringify(e)),
      '{"run":"R9","step":"obs',
      '@fingerprint',
      'abc123',
      '@now',
      '1000',
    ].join('\n');
    const p = parseProbe(inst, out);
    expect(p).toMatchObject({
      routed: 'green',
      slotRelease: { blue: '1.0.0-aaaaaaaa', green: '2.0.0-bbbbbbbb' },
      slotRunning: { blue: true, green: false },
      maintenance: false,
      lock: { run: 'R9', expires: 2 },
      fingerprint: 'abc123',
      now: 1000,
    });
    expect(p.journal).toHaveLength(7); // the torn last line is skipped
    const r = recover(p);
    expect(r.interrupted).toMatchObject({ run: 'R9', step: 'observe', running: true });
    expect(r.state.active).toBe('green');
    expect(r.state.slots.green).toMatchObject({ release: '2.0.0-bbbbbbbb', version: '2.0.0' });
    expect(r.state.releases).toContain('2.0.0-bbbbbbbb');
    expect(r.notes.join('\n')).toMatch(/run R9 stopped during its observe step/);
    expect(r.notes.join('\n')).toMatch(
      /nginx routes to the green slot \(release 2.0.0-bbbbbbbb\), but state.json recorded blue/,
    );
  });

  it('counts a slot running only when every unit of it is active, and the watch by its own line', () => {
    // Two components: the states come in the order the script asks for them (blue's, green's, the watch's).
    const two = {
      ...inst,
      app: { ...inst.app, components: { ...inst.app.components, worker: inst.app.components.api! } },
    };
    expect(probeScript(two)).toContain(
      'systemctl is-active slotflip-demo-lab-1-api@blue slotflip-demo-lab-1-worker@blue ' +
        'slotflip-demo-lab-1-api@green slotflip-demo-lab-1-worker@green slotflip-demo-lab-1-watch',
    );
    const units = (...states: string[]) => `@state\nnull\n@units\n${states.join('\n')}\n`;
    expect(parseProbe(two, units('active', 'inactive', 'active', 'active', 'active'))).toMatchObject({
      slotRunning: { blue: false, green: true },
      watching: true,
    });
    expect(parseProbe(two, units('active', 'active', 'failed', 'active', 'inactive'))).toMatchObject({
      slotRunning: { blue: true, green: false },
      watching: false,
    });
  });

  it('names every path it reads in one script, and bash accepts it', () => {
    const script = probeScript(inst);
    for (const path of [
      l.state,
      l.journal,
      `${l.lock}/owner`,
      l.maintenanceFlag,
      l.slotLink('blue'),
      l.currentSocket('api'),
    ])
      expect(script).toContain(path);
    execFileSync('bash', ['-n'], { input: script });
  });
});

describe('recovering from a killed run', () => {
  it('changes nothing after a run that finished, failed at the lock, or is still alive', () => {
    expect(recover(probe({ journal: steps('A', ['lock', 'flip', 'record', 'unlock']) }))).toMatchObject({
      interrupted: undefined,
      notes: [],
    });
    expect(
      interruptedRun(
        [
          { run: 'B', step: 'lock', event: 'start', at: 1 },
          { run: 'B', step: 'lock', event: 'end', at: 2, code: 75 },
        ],
        null,
        1000,
      ),
    ).toBeUndefined();
    expect(
      interruptedRun(steps('C', ['lock', 'gate'], 'start'), { run: 'C', owner: 'ci', expires: 1030 }, 1000),
    ).toBeUndefined();
  });

  it('a run whose session is gone is dead though its lease runs on, and the probe says so', () => {
    expect(
      interruptedRun(
        steps('S', ['lock', 'gate'], 'start'),
        { run: 'S', owner: 'ci', expires: 1030, sessionGone: true },
        1000,
      ),
    ).toMatchObject({ run: 'S', step: 'gate' });
    const p = parseProbe(
      labInstance(),
      [
        'null',
        '@lock',
        '{"run":"S","owner":"ci","started":1,"expires":1030,"session":"5:6"}',
        '@lock-session',
        'gone',
        '@now',
        '1000',
      ].join('\n'),
    );
    expect(p.lock).toEqual({ run: 'S', owner: 'ci', expires: 1030, sessionGone: true });
  });

  it('looks past runs that were refused at the lock to the killed run before them', () => {
    const refused: JournalEntry[] = [
      { run: 'R', step: 'lock', event: 'start', at: 200 },
      { run: 'R', step: 'lock', event: 'end', at: 201, code: 75 },
    ];
    expect(
      interruptedRun(
        [...steps('K', ['lock', 'stage', 'flip']), ...refused],
        { run: 'K', owner: 'ci', expires: 900 },
        1000,
      ),
    ).toMatchObject({ run: 'K', step: 'flip', running: false });
  });

  it('reports a run killed before its flip and keeps the live slot', () => {
    const r = recover(
      probe({
        journal: steps('D', ['lock', 'stage', 'start']),
        slotRelease: { blue: '1.0.0-aaaaaaaa', green: '2.0.0-bbbbbbbb' },
      }),
    );
    expect(r.interrupted).toMatchObject({ run: 'D', step: 'start', running: false });
    expect(r.state.active).toBe('blue');
    expect(r.notes).toHaveLength(1);
  });

  it('adopts the slot nginx routes to on a first deploy killed after its flip, and keeps a maintenance page up', () => {
    const r = recover(
      probe({
        state: emptyState(inst.id),
        routed: 'blue',
        maintenance: true,
        journal: steps('E', ['lock', 'migrate', 'start', 'gate', 'flip']),
      }),
    );
    expect(r.state.active).toBe('blue');
    expect(r.state.slots.blue?.since).toBe(new Date(104.5 * 1000).toISOString());
    expect(r.notes.join('\n')).toContain('recorded no live slot');
    expect(r.notes.join('\n')).toContain('the maintenance page is on');
    expect(r.converge).toBe('run E did not finish');
    expect(recover(probe({ maintenance: true })).converge).toBe('the maintenance page is on');
    expect(recover(probe({ routed: 'green', slotRelease: { green: '2.0.0-bbbbbbbb' } })).converge).toBe(
      'state.json did not record the last flip',
    );
    expect(recover(probe({})).converge).toBeUndefined();
  });

  it('a run whose watch finished after it died is done', () => {
    // The host released its lock; the next run is told what the host decided.
    // The run's follow step ended last (its shell outlived the connection), after the watch's unlock.
    const journal = [
      ...steps('W', ['lock', 'flip', 'enable', 'retire', 'record', 'unlock']),
      { run: 'W', step: 'observe', event: 'end' as const, at: 200, code: 129 },
    ];
    const r = recover(
      probe({
        journal,
        unreportedWatch: {
          run: 'W',
          release: '2.0.0-bbbbbbbb',
          state: 'flipped-back',
          reason: 'observe: 9 of 40 requests failed with 5xx since the flip (over 5%)',
        },
      }),
    );
    expect(r.interrupted).toBeUndefined();
    expect(r.converge).toBeUndefined();
    expect(r.notes).toEqual([
      'run W ended before it could report its flip to release 2.0.0-bbbbbbbb: the host flipped it back and ' +
        'held it (observe: 9 of 40 requests failed with 5xx since the flip (over 5%))',
    ]);
  });

  it('a dead run whose flip the host still watches is not interrupted: the host holds its lock', () => {
    const lock = { run: 'X', owner: 'ci', expires: 0, sessionGone: true };
    const journal = steps('X', ['lock', 'flip', 'observe'], 'start');
    expect(recover(probe({ journal, lock, watching: true })).interrupted).toBeUndefined();
    expect(recover(probe({ journal, lock, watching: false })).interrupted).toMatchObject({ run: 'X', step: 'observe' });
  });
});
