import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, LAYERS, layerOf, readTree, violations } from './imports.js';

// The layers of docs/architecture.md as a test: it reads every import of src/ and fails on an arrow running up, a
// process or socket opened outside transport/, GitHub reached outside github/.

const SRC = join(process.cwd(), 'src');

describe('the house rule', () => {
  it('src/ keeps it: no import runs up a layer, only transport/ opens processes and sockets', () => {
    // …only github/ reaches GitHub.
    expect(violations(readTree(SRC))).toEqual([]);
  });

  it('no circles: no file of src/ reaches itself through its imports', () => {
    expect(cycles(readTree(SRC))).toEqual([]);
  });

  it('every folder of src/ has its place in the layers', () => {
    const folders = new Set([...readTree(SRC).keys()].map(layerOf));
    for (const f of folders) expect(LAYERS, f).toContain(f);
  });
});

describe('the rule catches what it is for (planted violations)', () => {
  const tree = (files: Record<string, string>) => new Map([...readTree(SRC), ...Object.entries(files)]);

  it('a host script builder importing a plan', () => {
    expect(
      violations(tree({ 'host/planted.ts': "import { buildDeployPlan } from '../plan/deploy-plan.js';\n" })),
    ).toEqual(['host/planted.ts:1: host imports plan/deploy-plan.ts from plan, a layer above it']);
  });

  it('anything below commands importing a command, the CLI or github/ (a dynamic import too)', () => {
    const found = violations(
      tree({
        'engine/planted.ts':
          'const x = 1;\nexport const f = async () => (await ' +
          "import('../commands/deploy.js')).runDeploy;\nimport type { Io } from '../cli/run.js';\n",
      }),
    );
    expect(found).toEqual([
      'engine/planted.ts:2: engine imports commands/deploy.ts from commands, a layer above it',
      'engine/planted.ts:3: engine imports cli/run.ts from cli, a layer above it',
    ]);
  });

  it('a process started or a connection opened outside transport/', () => {
    const found = violations(
      tree({
        'provision/planted.ts':
          "import { spawn } from 'node:child_process';\nimport { Client } from 'ssh2';\nimport { request } " +
          "from 'node:https';\n",
      }),
    );
    expect(found.map((f) => f.split(': ')[0])).toEqual([
      'provision/planted.ts:1',
      'provision/planted.ts:2',
      'provision/planted.ts:3',
    ]);
    // Key parsing opens nothing.
    expect(violations(tree({ 'provision/planted.ts': 'import { utils ' + '} ' + 'from ' + "'ssh2';\n" }))).toEqual([]);
  });

  it('GitHub reached outside github/: @actions packages and fetch', () => {
    const found = violations(
      tree({
        'commands/planted.ts':
          "import * as core from '@actions/core';\nexport const get = async () => await " +
          "fetch('https://api.github.com');\n",
      }),
    );
    expect(found).toEqual([
      'commands/planted.ts:1: only github/ talks to GitHub (@actions/core)',
      'commands/planted.ts:1: only github/ and transport/ call fetch',
    ]);
    // A shell function named fetch inside a script's text is not a call.
    expect(
      violations(tree({ 'host/planted.ts': 'export const s = `fetch() { curl -sf "$1"; }\nfetch a b`;\n' })),
    ).toEqual([]);
  });

  it('a folder the layers do not name', () => {
    expect(violations(tree({ 'facts2/planted.ts': 'export const x = 1;\n' }))).toEqual([
      'facts2/planted.ts:1: folder facts2 has no place in the layers',
    ]);
  });

  it('a circle inside one folder', () => {
    const found = cycles(
      tree({
        'host/planted-a.ts': "import { b } from './planted-b.js';\nexport const a = 1;\n",
        'host/planted-b.ts': "import type { a } from './planted-a.js';\nexport const b = 2;\n",
      }),
    );
    expect(found).toEqual([['host/planted-a.ts', 'host/planted-b.ts']]);
  });
});
