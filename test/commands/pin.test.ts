import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { tempDir } from '../helpers.js';
import { testGpg } from '../gpg-key.js';
import { validateEnvironments } from '../../src/validate/validate.js';

// `slotflip pin` against a local HTTPS server (loopback, a certificate of its own) serving a release zip signed with a
// test key made here: the real Vikunja zip when SLOTFLIP_VIKUNJA_RELEASES names the folder holding it, else random
// bytes.

const dir = tempDir('pin-');
const keys = testGpg(dir);
const ZIP = 'vikunja-v2.5.0-linux-amd64-full.zip';
const realZip = process.env.SLOTFLIP_VIKUNJA_RELEASES ? join(process.env.SLOTFLIP_VIKUNJA_RELEASES, ZIP) : '';

const served = new Map<string, Buffer>();
const requests: string[] = [];
let server: Server;
let base = '';
let good: { fpr: string; file: string };
let other: { fpr: string; file: string };
let archive: Buffer;

beforeAll(async () => {
  good = keys.makeKey('release');
  other = keys.makeKey('someone-else');
  archive = realZip && existsSync(realZip) ? readFileSync(realZip) : randomBytes(300_000);
  writeFileSync(join(dir, ZIP), archive);
  keys.sign(good.fpr, join(dir, ZIP), join(dir, 'good.sig'));
  keys.sign(other.fpr, join(dir, ZIP), join(dir, 'other.sig'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      join(dir, 'tls.key'),
      '-out',
      join(dir, 'tls.crt'),
    ],
    { stdio: 'ignore' },
  );
  server = createServer(
    { key: readFileSync(join(dir, 'tls.key')), cert: readFileSync(join(dir, 'tls.crt')) },
    (req, res) => {
      requests.push(req.url ?? '');
      const body = served.get(req.url ?? '');
      if (!body) return res.writeHead(404).end();
      res.writeHead(200, { 'content-length': body.length }).end(body);
    },
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => server?.close(r));
  keys.stop();
});

/** staging.yaml with its release downloaded from the loopback server (the shipped file names no sha256). */
function envFile(path: string): string {
  const file = join(tempDir('pin-env-'), 'staging.yaml');
  writeFileSync(
    file,
    readFileSync('environments/staging.yaml', 'utf8').replace(
      /url: https:\/\/dl\.vikunja\.io\/\S+/,
      `url: ${base}${path}`,
    ),
  );
  return file;
}

function serve(path: string, zip: Buffer, sig: 'good.sig' | 'other.sig') {
  served.set(path, zip);
  served.set(`${path}.sig`, readFileSync(join(dir, sig)));
}

async function pin(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['pin', ...args, '--ca-file', join(dir, 'tls.crt')], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: {},
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('slotflip pin', () => {
  it('a good signature by the expected key: the sha256 is written, and nothing else in the file changes', async () => {
    serve('/good/vikunja.zip', archive, 'good.sig');
    const file = envFile('/good/vikunja.zip');
    const before = readFileSync(file, 'utf8');
    const r = await pin([file, '--key', good.file, '--key-id', good.fpr]);
    expect(r.code, r.err).toBe(0);
    const sha = createHash('sha256').update(archive).digest('hex');
    expect(r.out).toBe(`vikunja-staging: 2.5.0 sha256 ${sha} (signed by ${good.fpr})`);
    const after = readFileSync(file, 'utf8');
    expect(after).toBe(before.replace(/(url: \S+\n)/, `$1        sha256: ${sha}\n`));
    // Validation refused it before the pin, and no longer does.
    const rules = async (text: string) => {
      writeFileSync(file, text);
      return (await validateEnvironments({ paths: [file] })).findings.map((f) => f.rule);
    };
    expect(await rules(before)).toContain('release-unpinned');
    expect(await rules(after)).not.toContain('release-unpinned');
  });

  it('a flipped byte in the archive is refused and the file is left as it was', async () => {
    const flipped = Buffer.from(archive);
    flipped[flipped.length >> 1]! ^= 0x01;
    serve('/flipped/vikunja.zip', flipped, 'good.sig');
    const file = envFile('/flipped/vikunja.zip');
    const before = readFileSync(file, 'utf8');
    const r = await pin([file, '--key', good.file, '--key-id', good.fpr]);
    expect(r.code).toBe(17);
    expect(r.err).toContain('the signature does not match the file');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('a signature by another key is refused', async () => {
    // One the key file lacks, and a good one by a key that is not the expected signer.
    serve('/other/vikunja.zip', archive, 'other.sig');
    const file = envFile('/other/vikunja.zip');
    const before = readFileSync(file, 'utf8');
    const unknown = await pin([file, '--key', good.file, '--key-id', good.fpr]);
    expect(unknown.code).toBe(17);
    expect(unknown.err).toMatch(/signed by key [0-9A-F]{16}, which .*release\.asc does not hold/);
    // The key file holds the signer, but the preset expects Vikunja's release key.
    const notVikunja = await pin([file, '--key', other.file]);
    expect(notVikunja.code).toBe(17);
    expect(notVikunja.err).toContain(`is signed by ${other.fpr}, not by vikunja's release key FF054DACD908493A`);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('without a key it stops before downloading and says where the key comes from; http is refused', async () => {
    serve('/nokey/vikunja.zip', archive, 'good.sig');
    const seen = requests.length;
    const r = await pin([envFile('/nokey/vikunja.zip')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('vikunja signs its releases with key FF054DACD908493A');
    expect(r.err).toContain('gpg --recv-keys FF054DACD908493A');
    expect(requests.length).toBe(seen);
    const file = envFile('/x.zip');
    writeFileSync(file, readFileSync(file, 'utf8').replace(`url: ${base}`, 'url: http://127.0.0.1:9'));
    const plain = await pin([file, '--key', good.file]);
    expect(plain.code).toBe(17);
    expect(plain.err).toContain('is not https: refused');
  });

  it('prints its help', async () => {
    const out: string[] = [];
    expect(await runCli(['pin', '--help'], { out: (l) => out.push(l), err: () => undefined, env: {} })).toBe(0);
    expect(out.join('\n')).toMatch(/^usage: slotflip pin FILE/);
  });
});
