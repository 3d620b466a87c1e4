import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { request } from 'node:https';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';

export interface Download {
  sha256: string;
  bytes: number;
  /** The URL that answered, after redirects. */
  url: string;
}

export type DownloadResult = { ok: true; download: Download } | { ok: false; reason: string };

export interface DownloadOptions {
  /** PEM of certificate authorities to trust beyond the system's (an internal mirror; the tests' loopback server). */
  ca?: string | Buffer;
  /** Whole-download time limit. */
  timeoutMs?: number;
  /** Refused beyond this many bytes (a release archive is tens of MB). */
  maxBytes?: number;
  onProgress?: (bytes: number, total: number | undefined) => void;
}

const MAX_REDIRECTS = 5;

/**
 * Fetches an https URL into a file while hashing it (the archive is never held whole in memory). Only https, to the
 * end of every redirect: a checksum pinned from a download anyone on the path could have changed pins nothing.
 */
export async function downloadHttps(url: string, file: string, opts: DownloadOptions = {}): Promise<DownloadResult> {
  const deadline = Date.now() + (opts.timeoutMs ?? 10 * 60_000);
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let parsed: URL;
    try {
      parsed = new URL(current);
    } catch {
      return { ok: false, reason: `${current} is not a URL` };
    }
    if (parsed.protocol !== 'https:')
      return { ok: false, reason: `${current} is not https${hop ? ` (a redirect from ${url})` : ''}: refused` };
    const answer = await get(parsed, file, opts, deadline);
    if (answer.kind === 'redirect') {
      current = new URL(answer.location, parsed).toString();
      continue;
    }
    if (answer.kind === 'failed') return { ok: false, reason: `${current}: ${answer.reason}` };
    return { ok: true, download: { ...answer.download, url: current } };
  }
  return { ok: false, reason: `${url}: more than ${MAX_REDIRECTS} redirects` };
}

type Answer =
  | { kind: 'redirect'; location: string }
  | { kind: 'failed'; reason: string }
  | { kind: 'done'; download: Omit<Download, 'url'> };

function get(url: URL, file: string, opts: DownloadOptions, deadline: number): Promise<Answer> {
  return new Promise((resolve) => {
    const left = deadline - Date.now();
    if (left <= 0) return resolve({ kind: 'failed', reason: 'timed out' });
    const req = request(
      url,
      { method: 'GET', ca: opts.ca, headers: { 'user-agent': 'slotflip-pin' }, timeout: Math.min(left, 60_000) },
      (res) => {
        const status = res.statusCode ?? 0;
        if ([301, 302, 303, 307, 308].includes(status) && res.headers.location) {
          res.resume();
          return resolve({ kind: 'redirect', location: res.headers.location });
        }
        if (status !== 200) {
          res.resume();
          return resolve({ kind: 'failed', reason: `answered ${status}` });
        }
        const total = Number(res.headers['content-length']) || undefined;
        const max = opts.maxBytes ?? 4 * 1024 ** 3;
        if (total !== undefined && total > max) {
          res.destroy();
          return resolve({ kind: 'failed', reason: `is ${total} bytes, more than the limit of ${max}` });
        }
        const hash = createHash('sha256');
        let bytes = 0;
        const count = new Transform({
          transform(chunk: Buffer, _enc, done) {
            bytes += chunk.length;
            if (bytes > max) return done(new Error(`more than the limit of ${max} bytes`));
            hash.update(chunk);
            opts.onProgress?.(bytes, total);
            done(null, chunk);
          },
        });
        const timer = setTimeout(() => res.destroy(new Error('timed out')), deadline - Date.now());
        pipeline(res, count, createWriteStream(file, { mode: 0o600 }))
          .then(() => {
            if (total !== undefined && bytes !== total)
              return resolve({ kind: 'failed', reason: `ended after ${bytes} of ${total} bytes` });
            resolve({ kind: 'done', download: { sha256: hash.digest('hex'), bytes } });
          })
          .catch((e: Error) => resolve({ kind: 'failed', reason: e.message }))
          .finally(() => clearTimeout(timer));
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer (timed out)')));
    req.on('error', (e) => resolve({ kind: 'failed', reason: e.message }));
    req.end();
  });
}
