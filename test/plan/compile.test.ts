import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, LOCKED_EXIT, refreshLock, releaseLock, STALE_EXIT } from '../../src/host/lock.js';
import { compileOp, compileStep } from '../../src/plan/compile.js';
import { RELOAD_NGINX } from '../../src/host/nginx-reload.js';
import { newestPgClientsFirst } from '../../src/host/pg-clients.js';
import type { Step } from '../../src/plan/types.js';
import { tempDir } from '../helpers.js';

const bash = (script: string) => {
  try {
    return {
      code: 0,
      out: execFileSync('bash', ['-s'], { input: script, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] }),
    };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: e.stdout + e.stderr };
  }
};

function ctx() {
  const root = tempDir();
  return { run: 'R1', journal: join(root, 'journal.jsonl'), root, lock: join(root, 'lock'), owner: 'tester' };
}

const journal = (c: { journal: string }) =>
  readFileSync(c.journal, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('compileStep', () => {
  it("journals the start and the end with the exit code, on the host's clock", () => {
    const c = ctx();
    const ok: Step = {
      id: 'good',
      phase: 'stage',
      title: 't',
      timeoutMs: 1000,
      ops: [{ kind: 'run', argv: ['true'] }],
    };
    const bad: Step = { id: 'bad', phase: 'stage', title: 't', timeoutMs: 1000, ops: [{ kind: 'sh', text: 'exit 7' }] };
    expect(bash(compileStep(ok, c)).code).toBe(0);
    expect(bash(compileStep(bad, c)).code).toBe(7);
    const j = journal(c);
    expect(j.map((e) => `${e.step} ${e.event} ${e.code ?? ''}`)).toEqual([
      'good start ',
      'good end 0',
      'bad start ',
      'bad end 7',
    ]);
    expect(j.every((e) => e.run === 'R1' && e.at > 1_700_000_000)).toBe(true);
  });

  it('records 143 when the step is cancelled with SIGTERM', async () => {
    const c = ctx();
    const slow: Step = {
      id: 'slow',
      phase: 'gate',
      title: 't',
      timeoutMs: 10_000,
      ops: [{ kind: 'sh', text: 'sleep 5' }],
    };
    const child = spawn('bash', ['-s']);
    child.stdin.end(compileStep(slow, c));
    await new Promise((r) => setTimeout(r, 300));
    const pid = readFileSync(join(c.root, '.pid-R1-slow'), 'utf8').split(' ')[0]!;
    process.kill(Number(pid), 'SIGTERM');
    execFileSync('pkill', ['-TERM', '-P', pid]);
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(143);
    expect(journal(c).at(-1)).toMatchObject({ step: 'slow', event: 'end', code: 143 });
  });

  it('writes a file only when it changed, and runs its reload only then', () => {
    const c = ctx();
    const path = join(c.root, 'site.conf');
    const op = {
      kind: 'write' as const,
      path,
      content: 'server {}\n',
      mode: '0644',
      secret: false,
      onChange: `echo reloaded >> ${join(c.root, 'reloads')}`,
    };
    bash(compileOp(op));
    bash(compileOp(op));
    bash(compileOp({ ...op, content: 'server { listen 81; }\n' }));
    expect(readFileSync(join(c.root, 'reloads'), 'utf8')).toBe('reloaded\nreloaded\n');
    expect(readFileSync(path, 'utf8')).toBe('server { listen 81; }\n');
    // A trailing newline more is a change too (a comparison through $(< file) would drop it and miss it).
    bash(compileOp({ ...op, content: 'server { listen 81; }\n\n' }));
    expect(readFileSync(join(c.root, 'reloads'), 'utf8')).toBe('reloaded\nreloaded\nreloaded\n');
  });

  it('puts the previous file back when its reload fails, so the next run rewrites and reloads it', () => {
    const c = ctx();
    const path = join(c.root, 'site.conf');
    const reloads = join(c.root, 'reloads');
    const broken = join(c.root, 'broken');
    // The reload fails while `broken` exists, as `nginx -t` does with a bad file beside the site.
    const op = (content: string) => ({
      kind: 'write' as const,
      path,
      content,
      mode: '0644',
      secret: false,
      onChange: `[ ! -e ${broken} ] && echo reloaded >> ${reloads}`,
    });
    expect(bash(compileOp(op('server { listen 80; }\n'))).code).toBe(0);
    writeFileSync(broken, '');
    const failed = bash(compileOp(op('server { listen 81; }\n')));
    expect(failed.code).toBe(1);
    expect(failed.out).toContain('its reload failed (output above); the previous file is back in place');
    expect(readFileSync(path, 'utf8')).toBe('server { listen 80; }\n');
    expect(existsSync(`${path}.slotflip-prev`)).toBe(false);
    execFileSync('rm', [broken]);
    expect(bash(compileOp(op('server { listen 81; }\n'))).code).toBe(0);
    expect(readFileSync(reloads, 'utf8')).toBe('reloaded\nreloaded\n');
    expect(readFileSync(path, 'utf8')).toBe('server { listen 81; }\n');
    // A file that did not exist before is removed again.
    writeFileSync(broken, '');
    const fresh = join(c.root, 'new.conf');
    expect(bash(compileOp({ ...op('x\n'), path: fresh })).code).toBe(1);
    expect(existsSync(fresh)).toBe(false);
  });
  it('refuses a corrupted upload', () => {
    const c = ctx();
    const r = bash(
      compileOp({ kind: 'upload', path: join(c.root, 'a.tgz'), bytes: Buffer.from('hello'), sha256: '0'.repeat(64) }),
    );
    expect(r.code).toBe(65);
    expect(r.out).toContain('is corrupt (sha256 mismatch)');
  });
});
it('defines the nginx reload helper in the steps that call it, and only there', () => {
  const c = ctx();
  const step = (text: string, onChange?: string): Step => ({
    id: 's',
    phase: 'flip',
    title: 't',
    timeoutMs: 1000,
    ops: onChange
      ? [{ kind: 'write', path: join(c.root, 'site'), content: 'x\n', mode: '0644', secret: false, onChange }]
      : [{ kind: 'sh', text }],
  });
  const definition = `${RELOAD_NGINX}() {`;
  expect(compileStep(step(`nginx -t -q && ${RELOAD_NGINX}`), c)).toContain(definition);
  expect(compileStep(step('', `nginx -t -q && ${RELOAD_NGINX}`), c)).toContain(definition);
  expect(compileStep(step('ln -sfn a b'), c)).not.toContain(definition);
  // Defined before the ops run (asked, not called: this machine's own nginx is none of the test's business).
  const r = bash(compileStep(step(`echo "${RELOAD_NGINX} is a $(type -t ${RELOAD_NGINX})"`), c));
  expect(r.out).toBe(`${RELOAD_NGINX} is a function\n`);
});

it('puts the newest PostgreSQL client first in PATH in the steps that call one, and only there', () => {
  const c = ctx();
  const step = (text: string): Step => ({
    id: 's',
    phase: 'backup',
    title: 't',
    timeoutMs: 1000,
    ops: [{ kind: 'sh', text }],
  });
  expect(compileStep(step('pg_dump -Fc -h db -d app -f out'), c)).toContain(newestPgClientsFirst());
  expect(compileStep(step('systemctl restart app'), c)).not.toContain(newestPgClientsFirst());
});

describe('the lease lock', () => {
  const take = (lock: string, run: string, leaseSeconds = 60) =>
    bash(compileOp(acquireLock({ lock, root: dirname(lock) }, { run, owner: `owner of ${run}`, leaseSeconds })));

  it('lets exactly one of two concurrent takers in', async () => {
    const c = ctx();
    const script = (run: string) =>
      compileOp(acquireLock({ lock: c.lock, root: c.root }, { run, owner: run, leaseSeconds: 60 }));
    const codes = await Promise.all(
      ['A', 'B', 'C', 'D'].map(
        (run) =>
          new Promise<number | null>((resolve) => {
            const child = spawn('bash', ['-s']);
            child.stdin.end(script(run));
            child.on('close', resolve);
          }),
      ),
    );
    expect(codes.filter((x) => x === 0)).toHaveLength(1);
    expect(codes.filter((x) => x === LOCKED_EXIT)).toHaveLength(3);
  });

  it('names the holder, takes over an expired lease (and says so), and releases only its own', () => {
    const c = ctx();
    mkdirSync(c.root, { recursive: true });
    expect(take(c.lock, 'A').code).toBe(0);
    const refused = take(c.lock, 'B');
    expect(refused.code).toBe(LOCKED_EXIT);
    expect(refused.out).toMatch(
      /^locked by \{"run":"A","owner":"owner of A","started":\d+,"expires":\d+,"session":""\}/,
    );
    bash(compileOp(releaseLock(c.lock, 'B')));
    expect(take(c.lock, 'C').code).toBe(LOCKED_EXIT); // B could not release A's lock
    expect(take(c.lock, 'Z', -10).code).toBe(LOCKED_EXIT);
    bash(`rm -rf ${c.lock}`);
    expect(take(c.lock, 'OLD', -10).code).toBe(0); // a lease that already expired
    const takeover = take(c.lock, 'NEW');
    expect(takeover.code).toBe(0);
    expect(takeover.out).toMatch(/^SLOTFLIP_EVENT took over an expired lock: \{"run":"OLD"/);
    bash(compileOp(releaseLock(c.lock, 'NEW')));
    expect(take(c.lock, 'NEXT').code).toBe(0);
  });

  it("frees the lock as soon as the holder's session (its SSH runner) is gone", async () => {
    // …without waiting out the lease.
    const c = ctx();
    mkdirSync(c.root, { recursive: true });
    // A stand-in for the holder's runner: a process this test started, whose pid the lock records with its start time.
    const runner = spawn('sleep', ['60']);
    const inRunner = (run: string) => {
      try {
        return {
          code: 0,
          out: execFileSync('bash', ['-s'], {
            input: compileOp(acquireLock({ lock: c.lock, root: c.root }, { run, owner: run, leaseSeconds: 60 })),
            encoding: 'utf8',
            env: { ...process.env, SLOTFLIP_RUNNER: String(runner.pid) },
          }),
        };
      } catch (err) {
        const e = err as { status: number; stdout: string; stderr: string };
        return { code: e.status, out: e.stdout + e.stderr };
      }
    };
    expect(inRunner('OLD').code).toBe(0);
    const owner = readFileSync(join(c.lock, 'owner'), 'utf8');
    expect(owner).toMatch(new RegExp(`"session":"${runner.pid}:\\d+"`));
    // The lease has a minute to go and the runner lives: the lock stays taken.
    expect(take(c.lock, 'NEW').code).toBe(LOCKED_EXIT);
    // A heartbeat over its own channel (no SLOTFLIP_RUNNER) keeps the session it found.
    bash(refreshLock(c.lock, { run: 'OLD', owner: 'OLD', leaseSeconds: 60 }));
    expect(readFileSync(join(c.lock, 'owner'), 'utf8')).toContain(`"session":"${runner.pid}:`);
    const gone = new Promise((r) => runner.on('exit', r));
    runner.kill('SIGKILL');
    await gone;
    const takeover = take(c.lock, 'NEW');
    expect(takeover.code).toBe(0);
    expect(takeover.out).toContain('took over the lock of a run whose connection had closed: {"run":"OLD"');
    // A pid taken by another process later is not the holder's: the start time differs.
    bash(`rm -rf ${c.lock}`);
    expect(take(c.lock, 'OLD2').code).toBe(0);
    writeFileSync(
      join(c.lock, 'owner'),
      JSON.stringify({
        run: 'OLD2',
        owner: 'x',
        started: 1,
        expires: Math.floor(Date.now() / 1000) + 60,
        session: `${process.pid}:1`,
      }) + '\n',
    );
    expect(take(c.lock, 'NEW2').out).toContain('whose connection had closed');
  });

  it('when several take over one expired lease, one wins and the others name the winner', async () => {
    // …not the expired owner.
    const c = ctx();
    mkdirSync(c.root, { recursive: true });
    for (let round = 0; round < 5; round++) {
      bash(`rm -rf ${c.lock}`);
      expect(take(c.lock, 'OLD', -10).code).toBe(0);
      const script = (run: string) =>
        compileOp(acquireLock({ lock: c.lock, root: c.root }, { run, owner: run, leaseSeconds: 60 }));
      const results = await Promise.all(
        ['A', 'B', 'C', 'D'].map(
          (run) =>
            new Promise<{ run: string; code: number | null; err: string }>((resolve) => {
              const child = spawn('bash', ['-s']);
              let err = '';
              child.stderr.on('data', (d) => (err += d));
              child.stdin.end(script(run));
              child.on('close', (code) => resolve({ run, code, err }));
            }),
        ),
      );
      const winners = results.filter((r) => r.code === 0);
      expect(winners).toHaveLength(1);
      for (const r of results.filter((x) => x.code !== 0)) {
        expect(r.code).toBe(LOCKED_EXIT);
        expect(r.err).toContain(`locked by {"run":"${winners[0]!.run}"`);
      }
    }
  });

  it('clears a takeover left half-done by a killed shell once it is older than a takeover can last', () => {
    const c = ctx();
    mkdirSync(c.root, { recursive: true });
    expect(take(c.lock, 'OLD', -10).code).toBe(0);
    mkdirSync(`${c.lock}.takeover`);
    bash(`touch -d '-1 minute' ${c.lock}.takeover`);
    const takeover = take(c.lock, 'NEW');
    expect(takeover.code).toBe(0);
    expect(takeover.out).toContain('took over an expired lock: {"run":"OLD"');
    expect(existsSync(`${c.lock}.takeover`)).toBe(false);
  });

  it("takes over an expired lease only once the killed run's step shell is gone", async () => {
    // …and stops one past its time limit.
    const c = ctx();
    mkdirSync(c.root, { recursive: true });
    expect(take(c.lock, 'OLD', -10).code).toBe(0);
    // What a SIGKILLed engine leaves: its step shell still running on the host, with its pid file.
    const orphan = spawn('sleep', ['30']);
    const now = Math.floor(Date.now() / 1000);
    writeFileSync(join(c.root, '.pid-OLD-gate'), `${orphan.pid} ${now + 60}\n`);
    const refused = take(c.lock, 'NEW');
    expect(refused.code).toBe(LOCKED_EXIT);
    expect(refused.out).toContain('locked by {"run":"OLD"');
    writeFileSync(join(c.root, '.pid-OLD-gate'), `${orphan.pid} ${now - 1}\n`);
    const exited = new Promise((r) => orphan.on('exit', (_code, signal) => r(signal)));
    const refusedOnce = take(c.lock, 'NEW'); // stops the step that outlived its limit; takes over once it is gone
    expect(refusedOnce.code).toBe(LOCKED_EXIT);
    expect(await exited).toBe('SIGTERM');
    const takeover = take(c.lock, 'NEW');
    expect(takeover.code).toBe(0);
    expect(takeover.out).toContain('took over an expired lock: {"run":"OLD"');
  });

  it('stops a step of a run that lost its lock', () => {
    const c = ctx();
    mkdirSync(c.root, { recursive: true });
    expect(take(c.lock, 'OTHER').code).toBe(0);
    const step: Step = {
      id: 'flip',
      phase: 'flip',
      title: 't',
      timeoutMs: 1000,
      ops: [{ kind: 'sh', text: 'echo flipped' }],
    };
    const r = bash(compileStep(step, c)); // c.run is R1, the lock is OTHER's
    expect(r.code).toBe(LOCKED_EXIT);
    expect(r.out).toContain('this run lost its lock to {"run":"OTHER"');
    expect(r.out).not.toContain('flipped');
  });

  it('gives the lock back when the host changed since the plan was made', () => {
    const c = ctx();
    mkdirSync(c.root, { recursive: true });
    const guarded = (expect: string) =>
      bash(
        compileOp(
          acquireLock(
            { lock: c.lock, root: c.root },
            { run: 'R', owner: 'o', leaseSeconds: 30 },
            { fingerprint: 'echo abc', expect },
          ),
        ),
      );
    const stale = guarded('abd');
    expect(stale.code).toBe(STALE_EXIT);
    expect(stale.out).toContain('the host changed since this run read its state');
    expect(existsSync(c.lock)).toBe(false);
    expect(guarded('abc').code).toBe(0);
  });
});
