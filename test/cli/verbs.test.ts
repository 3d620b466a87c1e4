import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { VERBS } from '../../src/cli/verbs.js';
import { minimalEnv, pinnedExamplesRoot, writeTree } from '../helpers.js';

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the verb table', () => {
  for (const v of VERBS) {
    it(`slotflip ${v.name} --help and -h exit 0 and name every option`, async () => {
      for (const flag of ['--help', '-h']) {
        const r = await cli([...v.name.split(' '), flag]);
        expect(r.code).toBe(0);
        expect(r.out.split('\n')[0]).toBe(
          `usage: slotflip ` +
            `${v.name}${v.args ? ` ${v.args}` : ''}${(v.required ?? [])
              .map((o) => ` --${o} ` + `${v.options[o]!.value}`)
              .join('')}${Object.keys(v.options).length > (v.required?.length ?? 0) ? ' [options]' : ''}`,
        );
        for (const name of Object.keys(v.options)) expect(r.out).toMatch(new RegExp(`^  --${name}\\b`, 'm'));
      }
    });
  }

  it('--help lists every verb, and `lab` alone its sub-commands', async () => {
    const r = await cli(['--help']);
    for (const v of VERBS.filter((x) => !x.name.startsWith('lab '))) expect(r.out).toContain(`slotflip ${v.name}`);
    const lab = await cli(['lab', '--help']);
    expect(lab.code).toBe(0);
    for (const sub of ['up', 'status', 'env', 'down']) expect(lab.out).toContain(`slotflip lab ${sub}`);
    expect((await cli(['lab'])).code).toBe(1);
    expect((await cli(['lab', 'upp'])).err).toMatch(/^slotflip lab: unknown sub-command "upp"/);
  });

  it('no command parses its own options: every one reads them from the table', () => {
    const dir = join(process.cwd(), 'src/cli');
    const own = readdirSync(dir).filter(
      (f) => f !== 'parse.ts' && readFileSync(join(dir, f), 'utf8').includes('parseArgs'),
    );
    expect(own).toEqual([]);
  });
});

describe('bad command lines', () => {
  it('an unknown option names the closest one, in one line, exit 1', async () => {
    const r = await cli(['deploy', '--env', 'x.yaml', '--lock-wiat', '10m']);
    expect(r).toEqual({
      code: 1,
      out: '',
      err:
        'slotflip deploy: unknown option --lock-wiat; did you mean --lock-wait? (usage: slotflip deploy ' +
        '--env FILE [options]; --help lists the options)',
    });
    expect((await cli(['rollback', '--dryrun'])).err).toContain('did you mean --dry-run?');
    expect((await cli(['lab', 'up', '--cuont', '2'])).err).toContain(
      'slotflip lab up: unknown option --cuont; did you mean --count?',
    );
  });

  it('a missing required option, a missing or extra argument, a mistyped command', async () => {
    expect((await cli(['restore', '--env', 'x.yaml'])).err).toBe(
      'slotflip restore: missing --from (usage: slotflip restore --env FILE --from ID|latest|run:RUN_ID ' +
        '[options]; --help lists the options)',
    );
    expect((await cli(['rotate', '--env', 'x.yaml'])).err).toMatch(/^slotflip rotate: needs db-password\|app-secret /);
    expect((await cli(['status', 'prod', '--env', 'x.yaml'])).err).toMatch(
      /^slotflip status: takes no arguments \(got "prod"\)/,
    );
    expect((await cli(['deplyo'])).err).toBe(
      'slotflip: unknown command "deplyo"; did you mean deploy? (`slotflip --help` lists the commands)',
    );
  });
});

describe('--json is spelt the same everywhere', () => {
  it('every host verb takes --json, and --format json means the same', () => {
    for (const v of VERBS.filter((x) => x.options.env)) expect(Object.keys(v.options), v.name).toContain('json');
  });

  it('validate --json and --format json print the same document', async () => {
    const dir = writeTree({ 'prod.yaml': minimalEnv() });
    const a = await cli(['validate', '--json', dir]);
    const b = await cli(['validate', '--format', 'json', dir]);
    expect(JSON.parse(a.out)).toMatchObject({ valid: true });
    expect(a.out).toBe(b.out);
    expect((await cli(['validate', '--format', 'yaml', dir])).err).toBe(
      'slotflip validate: --format must be text or json, not "yaml"',
    );
  });
});

describe('plan --json', () => {
  it('prints the plan as a versioned JSON document, with nothing else on stdout', async () => {
    const home = process.cwd();
    process.chdir(pinnedExamplesRoot());
    try {
      const r = await cli(['plan', '--env', 'environments/staging.yaml', '--offline', '--json']);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.out);
      expect(doc).toMatchObject({
        format: 1,
        command: 'plan',
        exitCode: 0,
        plan: { format: 1, to: 'blue', from: null },
      });
      const ids = doc.plan.steps.map((s: { id: string }) => s.id);
      expect(ids.indexOf('flip')).toBeGreaterThan(ids.indexOf('gate'));
      expect(doc.plan.finally.id).toBe('unlock');
      for (const s of doc.plan.steps) expect(s.ops.length, s.id).toBeGreaterThan(0);
    } finally {
      process.chdir(home);
    }
  });
});
