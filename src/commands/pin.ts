import { mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isRecord } from '../validate/rules/rule.js';
import { parseEnvironmentYaml } from '../config/parse.js';
import { applyPins, type ReleasePin } from '../config/pin-edit.js';
import { readEnvironmentFile } from '../config/read.js';
import { loadPresets } from '../presets/load.js';
import type { Preset } from '../presets/preset.js';
import { fetchAndCheck, usage, type PinTarget } from '../session/release-check.js';

export interface PinOptions {
  envFile: string;
  instanceId?: string;
  /** Move to this version: its URL comes from the preset's release.url. */
  version?: string;
  /** The publisher's public key (armored or binary), when the preset does not carry it. */
  keyFile?: string;
  /** Expect this signer instead of the preset's key (a mirror that re-signs; the tests' own key). */
  keyId?: string;
  /** Extra certificate authorities for the download (PEM). */
  caFile?: string;
  templatesDir?: string;
  log: (line: string) => void;
}

export interface PinResult {
  pinned: { instance: string; version: string; url: string; sha256: string; signedBy?: string }[];
}

/**
 * Pins the url releases of an environment file: downloads each archive here (never on a host), checks the publisher's
 * signature when the app's preset names a signing key, and writes the archive's sha256 into the file with nothing
 * else changed. Every download is checked before the file is written: one refusal leaves the file as it was.
 */
export async function runPin(opts: PinOptions): Promise<PinResult> {
  const read = await readEnvironmentFile(opts.envFile);
  if (!read.ok) throw usage(`${opts.envFile} ${read.finding.message}`);
  const parsed = parseEnvironmentYaml(opts.envFile, read.text);
  if (!parsed.ok)
    throw usage(`${opts.envFile} is not valid YAML: ${parsed.findings[0]?.message ?? ''}`, 'Fix the file, then pin');
  const targets = targetsOf(
    parsed.parsed.data,
    opts,
    await presetsOf(parsed.parsed.data, opts.templatesDir ?? 'templates'),
  );
  const ca = opts.caFile ? await readFile(opts.caFile) : undefined;
  const work = await mkdtemp(join(tmpdir(), 'slotflip-pin-'));
  try {
    const byUrl = new Map<string, { sha256: string; signedBy?: string }>();
    for (const t of targets) {
      if (!byUrl.has(t.url)) byUrl.set(t.url, await fetchAndCheck(t, opts, ca, join(work, String(byUrl.size))));
    }
    const pins: ReleasePin[] = targets.map((t) => ({
      path: t.path,
      fields: { ...(opts.version ? { version: t.version, url: t.url } : {}), sha256: byUrl.get(t.url)!.sha256 },
    }));
    const text = applyPins(read.text, parsed.parsed.source.doc, pins);
    if (text !== read.text) await writeKeepingMode(opts.envFile, text);
    return {
      pinned: targets.map((t) => ({ instance: t.instance, version: t.version, url: t.url, ...byUrl.get(t.url)! })),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function presetsOf(data: unknown, templatesDir: string): Promise<Map<string, Preset>> {
  const apps = (isRecord(data) && Array.isArray(data.instances) ? data.instances : []).flatMap((i) =>
    isRecord(i) && isRecord(i.app) && typeof i.app.name === 'string' ? [i.app.name] : [],
  );
  const loaded = await loadPresets(templatesDir, apps);
  const broken = [...loaded.broken.values()][0];
  if (broken) throw usage(broken);
  return loaded.presets;
}

function targetsOf(data: unknown, opts: PinOptions, presets: Map<string, Preset>): PinTarget[] {
  const instances = isRecord(data) && Array.isArray(data.instances) ? data.instances : [];
  const out: PinTarget[] = [];
  instances.forEach((inst, index) => {
    if (!isRecord(inst) || !isRecord(inst.app) || !isRecord(inst.app.release)) return;
    const id = typeof inst.id === 'string' ? inst.id : `#${index}`;
    if (opts.instanceId !== undefined && id !== opts.instanceId) return;
    const release = inst.app.release;
    if (release.source !== 'url') {
      if (opts.instanceId !== undefined)
        throw usage(
          `${id}'s release is source: ${String(release.source)}; only a url release is pinned by its download`,
          'An upload release is hashed from its file at each deploy; a git release pins its commit',
        );
      return;
    }
    const preset = typeof inst.app.name === 'string' ? presets.get(inst.app.name) : undefined;
    const version = opts.version ?? String(release.version);
    let url = typeof release.url === 'string' ? release.url : '';
    if (opts.version !== undefined) {
      if (!preset?.release?.url)
        throw usage(
          `--version needs the URL of ${String(inst.app.name)} ${opts.version}, and ` +
            `templates/${String(inst.app.name)}/preset.yaml names no release.url`,
          'Write the version and url in the file, then pin without --version',
        );
      url = preset.release.url.replaceAll('{version}', opts.version);
    }
    out.push({ instance: id, path: ['instances', index, 'app', 'release'], version, url, preset });
  });
  if (out.length === 0)
    throw usage(
      opts.instanceId
        ? `${opts.envFile} has no instance ${opts.instanceId}`
        : `${opts.envFile} has no url release to pin`,
    );
  return out;
}

// Written beside the file and renamed over it: an interrupted pin leaves the old file whole.
async function writeKeepingMode(file: string, text: string): Promise<void> {
  const mode = (await stat(file)).mode & 0o777;
  const tmp = join(dirname(file), `.${Date.now()}.pin.tmp`);
  await writeFile(tmp, text, { mode });
  await rename(tmp, file);
}
