import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { PassThrough, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { VERDICT } from '../host/restore-into.js';
import { quote } from '../shell/quote.js';
import { sha256Matches } from '../shell/sha256.js';
import { filterLocal } from '../transport/local.js';
import { pullArgv, RECEIVED, receiveArchiveArgv, type Transport } from '../transport/transport.js';
import { parseManifest, type BackupManifest } from './manifest.js';

// A backup archive on its way to a restore, in one pass, with the decryption done where the identity lives (the
// restore job or the operator's machine; hosts and deploy jobs never hold it): the encrypted archive (pulled from
// the host, or read from a local file) is hashed as it flows into `age --decrypt`, whose output streams to the
// host's receiver (transport.ts), which feeds the dump to the restore step as it arrives (host/restore.ts).
// The restore step restores into a new database meanwhile, but it waits for this file's verdict before it calls the
// restore good: age authenticates every chunk (a flipped byte or a wrong key stops the stream, and a truncated
// archive fails at its end), the sha256 must match the manifest, the parts their SHA256SUMS, and the manifest sealed
// inside must name the same backup. Anything short of that is a refusal: the restore step fails and drops the new
// database.

/**
 * A refusal's cause: the archive itself (its hash, its decryption, its parts, its sealed manifest), or its delivery
 * (the store could not be read; the host stopped taking it, as it does when the restore step failed on its own).
 */
export type Opened =
  { ok: true; inner: BackupManifest } | { ok: false; cause: 'archive' | 'delivery'; reason: string; remedy: string };

export interface ArchiveSource {
  manifest: BackupManifest;
  /** On this machine (a local store, a downloaded artifact) or on the host (its backup directory). */
  local?: string;
  remote?: string;
}

export interface ArchiveStream {
  /** Settles once the whole archive has arrived and been judged; the verdict is on the host by then. */
  verdict: Promise<Opened>;
  /** Ends the stream early (the restore step ended without needing the rest). */
  stop(): void;
}

const ageError = (stderr: string) =>
  stderr
    .split('\n')
    .find((l) => l.startsWith('age: error:'))
    ?.replace('age: error: ', '') ?? stderr.trim();

/** The dump's part streamed to the restore step, which checks its sum itself; every other part is checked here. */
const DUMP_LINE = /^[0-9a-f]{64} [ *]db\.dump(\.gz|\.zst)?$/;

export function streamArchiveToHost(
  src: ArchiveSource,
  identity: string,
  transport: Transport,
  dir: string,
  onBytes?: (bytes: number) => void,
): ArchiveStream {
  const cipher = src.remote ? new PassThrough() : createReadStream(src.local!);
  const fetched = src.remote
    ? transport.pipe(pullArgv(src.remote), { stdout: cipher as PassThrough })
    : Promise.resolve();
  // The identity arrives on fd 3 (a socket under Node, which age cannot open by path): bash turns it into a pipe.
  const age = filterLocal(['bash', '-c', 'exec age --decrypt --identity <(cat <&3)'], identity);
  // Every byte is hashed even after age stops (a flipped byte, a wrong key): the message can then say which it was.
  const hash = createHash('sha256');
  let ageStopped = false;
  let bytes = 0;
  age.stdin.on('error', () => (ageStopped = true));
  const toAge = new Writable({
    write(chunk: Buffer, _e, cb) {
      hash.update(chunk);
      onBytes?.((bytes += chunk.length));
      if (ageStopped) return cb();
      age.stdin.write(chunk, (err) => ((ageStopped ||= Boolean(err)), cb()));
    },
    final(cb) {
      if (!ageStopped) age.stdin.end();
      cb();
    },
  });
  const fed = pipeline(cipher as Readable, toAge);
  const received = transport.pipe(receiveArchiveArgv(dir), { stdin: age.stdout });
  let stopped = false;
  const verdict = Promise.allSettled([fetched, fed, age.done, received]).then(async ([f, , dec, u]) => {
    const judged = await judge(src.manifest, transport, dir, { f, sha: hash.digest('hex'), dec, u, stopped });
    await tell(transport, dir, judged);
    return judged;
  });
  return {
    verdict,
    stop: () => {
      stopped = true;
      age.stop();
      (cipher as Readable).destroy();
    },
  };
}

/** How the stream ended: the fetch, the hash of what was fetched, age, the receiver; whether it was stopped here. */
interface StreamEnd {
  f: PromiseSettledResult<void>;
  sha: string;
  dec: PromiseSettledResult<{ code: number; stderr: string }>;
  u: PromiseSettledResult<void>;
  stopped: boolean;
}

/** age's exit when this side stopped it (SIGTERM): says nothing about the archive. */
const STOPPED_HERE = 128 + 15;

async function judge(m: BackupManifest, transport: Transport, dir: string, end: StreamEnd): Promise<Opened> {
  const { f, sha, dec, u, stopped } = end;
  const refuse = (reason: string, remedy: string, cause: 'archive' | 'delivery' = 'archive'): Opened => ({
    ok: false,
    cause,
    reason: `backup ${m.id}: ${reason}`,
    remedy,
  });
  const decrypted = dec.status === 'fulfilled' ? dec.value : { code: 127, stderr: String(dec.reason) };
  const undecryptable = (): Opened | undefined => {
    if (decrypted.code === 0) return undefined;
    const why = ageError(decrypted.stderr);
    const remedy =
      decrypted.code === 127
        ? 'Install age on this machine (Debian: apt-get install age)'
        : /no identity matched/.test(why)
          ? `The restore key is not one of the backup's recipients (${m.recipients.join(', ')}); use the ` +
            `identity that matches`
          : 'The archive is damaged: restore another backup';
    return refuse(`it cannot be decrypted: ${why}`, remedy);
  };
  // Stopped here, the archive was cut short on purpose (its fetch broken off, its hash of a part): only an error age
  // found before then (a wrong key, a damaged chunk) says something about the archive itself.
  if (stopped)
    return (
      (decrypted.code !== STOPPED_HERE ? undecryptable() : undefined) ??
      refuse('the restore ended before the archive had arrived', "The restore step's own message says why", 'delivery')
    );
  if (f.status === 'rejected')
    return refuse(
      `fetching the archive failed: ${(f.reason as Error).message}`,
      'Check the store and run again',
      'delivery',
    );
  if (sha !== m.encrypted.sha256)
    return refuse(
      `the archive's sha256 is ${sha}, its manifest says ${m.encrypted.sha256} (damaged or altered)`,
      'Restore another backup (`slotflip status` lists them); this one stays untouched for inspection',
    );
  const cannotDecrypt = undecryptable();
  if (cannotDecrypt) return cannotDecrypt;
  if (u.status === 'rejected')
    return refuse(
      `receiving it on ${transport.label} failed: ${(u.reason as Error).message}`,
      'Check the disk space in the backup directory on the host',
      'delivery',
    );
  // The parts but the dump (whose sum was taken on its way to pg_restore), each against its line; none is a failure.
  const check = await transport.script(
    `cd ${quote(dir)} && { sums=$(grep -vE ${quote(DUMP_LINE.source)} SHA256SUMS) || ` +
      `{ echo 'SHA256SUMS lists no part but the dump' >&2; exit 1; }; } && while read -r want name; do ` +
      `${sha256Matches('"$name"', '"$want"')} || { echo "$name: FAILED" >&2; exit 1; }; ` +
      `done <<< "$sums" && cat manifest.json`,
  );
  if (check.code !== 0)
    return refuse(`its parts do not match their SHA256SUMS: ${check.stderr.trim()}`, 'Restore another backup');
  const inner = parseManifest(check.stdout, true);
  if (
    !inner ||
    inner.id !== m.id ||
    inner.instance !== m.instance ||
    JSON.stringify(inner.sizes) !== JSON.stringify(m.sizes)
  ) {
    return refuse(
      `the manifest sealed in the archive names ${inner ? `${inner.instance}/${inner.id}` : 'nothing'}, not ` +
        `${m.instance}/${m.id} with the same parts`,
      'The outer manifest was swapped: restore another backup',
    );
  }
  return { ok: true, inner };
}

/**
 * The verdict, where the restore step waits for it. After a refusal the step may still be waiting to open the dump's
 * FIFO, which nothing will ever write: a writer that opens and closes it (in the background, holding no output of
 * this script) gives the step its end of file.
 */
// One process in the background, its output not this script's (a background list would be a subshell holding it).
const releaseReader = (fifo: string) => `sh -c 'exec 7> "$0"' ${fifo} < /dev/null > /dev/null 2>&1 &`;

async function tell(transport: Transport, dir: string, v: Opened): Promise<void> {
  const d = quote(dir);
  const text = v.ok ? 'ok' : `refused: ${v.reason.replace(/\s+/g, ' ')}`;
  await transport.script(
    `[ -d ${d} ] || exit 0
printf '%s\\n' ${quote(text)} > ${d}/${VERDICT}.tmp && mv -f ${d}/${VERDICT}.tmp ${d}/${VERDICT}
${v.ok ? '' : `if [ -p ${d}/${RECEIVED.fifo} ]; then ${releaseReader(`${d}/${RECEIVED.fifo}`)} fi`}`,
  );
}
