import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { keepAssets } from '../../src/host/assets.js';
import { compileOp } from '../../src/plan/compile.js';
import { layout } from '../../src/shell/layout.js';
import { labInstance } from '../plan/fixtures.js';
import { tempDir } from '../helpers.js';

// The crawl that keeps a release's frontend files, as the host runs it: real bash, curl, coreutils, against a real
// HTTP server on loopback standing in for the slot. Its layout's root is a temporary directory.

let server: Server;
const asked: string[] = [];
let files: Record<string, string> = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    asked.push(req.url!);
    // Headers and half a body, then the connection is cut: curl gets a 200 and an error.
    if (req.url === '/assets/cut-1111.js') {
      res.writeHead(200, { 'Content-Length': '100' });
      res.write('export const half = ');
      setTimeout(() => res.socket?.destroy(), 20);
      return;
    }
    const body = files[req.url!];
    if (body === undefined) return res.writeHead(404).end('no such file');
    res.writeHead(200).end(body);
  }).listen(0, '127.0.0.1');
  await once(server, 'listening');
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const release1 = {
  '/':
    '<script src="/assets/entry-aaaa.js"></script><link href="/assets/style-bbbb.css">' +
    '<a href="/assets/gone-cccc.js">',
  '/assets/entry-aaaa.js': 'import("./chunk-dddd.js"); import("./cut-1111.js")',
  '/assets/chunk-dddd.js': 'const deps = ["assets/entry-aaaa.js"]', // a cycle back to the entry
  '/assets/style-bbbb.css': 'src: url(./font-eeee.woff2)',
  '/assets/font-eeee.woff2': 'wOF2',
};
const release2 = {
  '/': '<script src="/assets/entry-ffff.js"></script><link href="/assets/style-bbbb.css">',
  '/assets/entry-ffff.js': 'export {}',
  '/assets/style-bbbb.css': release1['/assets/style-bbbb.css'],
  '/assets/font-eeee.woff2': 'wOF2',
};
const release3 = { '/': '<script src="/assets/entry-9999.js"></script>', '/assets/entry-9999.js': 'export {}' };

let root = '';
let bin = '';
beforeEach(() => {
  root = tempDir('assets-');
  bin = tempDir('assets-bin-');
});

/** Runs the crawl for `release` with `served` on the slot; stdout and stderr together, and the exit code. */
async function crawl(release: string, served: Record<string, string>, path = process.env.PATH!) {
  files = served;
  asked.length = 0;
  const inst = labInstance();
  inst.app.components.api!.listen = { type: 'tcp', blue: (server.address() as AddressInfo).port, green: 1 };
  inst.nginx!.assets = { path: '/assets/', keep: 2 };
  const op = keepAssets(inst, 'blue', release)!;
  const script = compileOp(op).replaceAll(layout(inst.id).root, root);
  const p = spawn('bash', ['-c', `set -euo pipefail\n${script}`], { env: { ...process.env, PATH: path } });
  let out = '';
  p.stdout.on('data', (c: Buffer) => (out += c.toString()));
  p.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const [code] = (await once(p, 'close')) as [number];
  return { out, code };
}

const store = () => join(root, 'assets/files');
const stored = () => readdirSync(join(store(), 'assets')).sort();

describe("keeping a release's frontend files", () => {
  it('follows every name from / and keeps what arrived whole, readable by nginx', async () => {
    const r = await crawl('r1', release1);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('assets: 4 files of release r1 kept (4 fetched; 2 named but not served)');
    expect(stored()).toEqual(['chunk-dddd.js', 'entry-aaaa.js', 'font-eeee.woff2', 'style-bbbb.css']);
    for (const name of stored()) {
      expect(readFileSync(join(store(), 'assets', name), 'utf8')).toBe(release1[`/assets/${name}` as never]);
      expect(statSync(join(store(), 'assets', name)).mode & 0o777).toBe(0o644);
    }
    expect(statSync(join(store(), 'assets')).mode & 0o777).toBe(0o755);
    // The file cut short is not there, nor is anything of the crawl's own beside the store.
    expect(readdirSync(join(root, 'assets')).sort()).toEqual(['files', 'releases']);
    expect(readFileSync(join(root, 'assets/releases/r1'), 'utf8').trim().split('\n')).toEqual(
      stored().map((n) => `assets/${n}`),
    );
  });

  it('fetches a name the store has never again, and drops the files no kept release names', async () => {
    expect((await crawl('r1', release1)).code).toBe(0);
    const r2 = await crawl('r2', release2);
    expect(r2.out).toContain('assets: 3 files of release r2 kept (1 fetched; 0 named but not served)');
    expect(asked).toEqual(['/', '/assets/entry-ffff.js']);
    // r1 and r2 are the last two releases: both keep their files.
    expect(stored()).toHaveLength(5);
    const r3 = await crawl('r3', release3);
    expect(r3.code, r3.out).toBe(0);
    // r1's list went (keep: 2): what only r1 named is gone, what r2 names stays.
    expect(readdirSync(join(root, 'assets/releases')).sort()).toEqual(['r2', 'r3']);
    expect(stored()).toEqual(['entry-9999.js', 'entry-ffff.js', 'font-eeee.woff2', 'style-bbbb.css']);
  });

  it('one curl per round of names, not one per file', async () => {
    // Every curl the crawl starts leaves a line.
    const real = onPath('curl');
    writeFileSync(join(bin, 'curl'), `#!/bin/bash\necho "$*" >> ${bin}/calls\nexec ${real} "$@"\n`);
    chmodSync(join(bin, 'curl'), 0o755);
    const r = await crawl('r1', release1, `${bin}:${process.env.PATH}`);
    expect(r.code, r.out).toBe(0);
    // Its version asked once, /, then the names / gives, then the names those give (6 files in all).
    const calls = readFileSync(join(bin, 'calls'), 'utf8').trim().split('\n');
    expect(calls).toHaveLength(4);
    expect(calls.filter((c) => c.includes(' -K '))).toHaveLength(2);
  });

  it('with a curl that has no per-transfer exit status: one curl per file, the same files kept', async () => {
    // A curl older than 7.75 prints nothing for %{exitcode}. Every curl the crawl starts leaves a line.
    const real = onPath('curl');
    writeFileSync(
      join(bin, 'curl'),
      `#!/bin/bash\necho "$*" >> ${bin}/calls\nfor a in "$@"; do [ "$a" != '%{exitcode}' ] || exit 0; done\n` +
        `exec ${real} "$@"\n`,
    );
    chmodSync(join(bin, 'curl'), 0o755);
    const r = await crawl('r1', release1, `${bin}:${process.env.PATH}`);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('assets: 4 files of release r1 kept (4 fetched; 2 named but not served)');
    expect(stored()).toEqual(['chunk-dddd.js', 'entry-aaaa.js', 'font-eeee.woff2', 'style-bbbb.css']);
    // The version asked, /, then a curl for each of the 6 names: no config file of many.
    const calls = readFileSync(join(bin, 'calls'), 'utf8').trim().split('\n');
    expect(calls).toHaveLength(8);
    expect(calls.filter((c) => c.includes(' -K '))).toHaveLength(0);
  });

  it('a slot that does not answer / fails the step and leaves nothing behind', async () => {
    mkdirSync(join(root, 'assets'), { recursive: true });
    const r = await crawl('r1', {});
    expect(r.code).toBe(1);
    expect(r.out).toContain('assets: / on the blue slot did not answer');
    expect(existsSync(join(root, 'assets/releases/r1'))).toBe(false);
    expect(readdirSync(join(root, 'assets')).sort()).toEqual(['files', 'releases']);
  });
});

function onPath(program: string): string {
  for (const dir of process.env.PATH!.split(':')) if (existsSync(join(dir, program))) return join(dir, program);
  throw new Error(`${program} is not on PATH`);
}
