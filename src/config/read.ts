import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { FILE_START, type Finding } from '../report/finding.js';

// Environment files are small; anything larger is a mistake (or an attack) and is refused before parsing.
export const MAX_FILE_BYTES = 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; finding: Finding };

function fileError(file: string, rule: string, message: string): { ok: false; finding: Finding } {
  return { ok: false, finding: { file, ...FILE_START, severity: 'error', path: '', rule, message } };
}

function describeErrno(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied: make it readable by the user running slotflip';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return code ? `cannot be read (${code})` : `cannot be read (${String(err)})`;
}

/**
 * Reads one environment file as UTF-8 text, refusing what cannot be one: not a regular file, too large, binary, invalid
 * UTF-8, empty.
 */
export async function readEnvironmentFile(file: string): Promise<ReadResult> {
  let handle;
  try {
    const info = await stat(file);
    // A FIFO or device would block or never end: refuse before opening.
    if (!info.isFile())
      return fileError(
        file,
        'unreadable',
        info.isDirectory() ? 'is a directory, not an environment file' : 'is not a regular file',
      );
    if (info.size > MAX_FILE_BYTES) {
      return fileError(
        file,
        'too-large',
        `is ${(info.size / 1024 / 1024).toFixed(1)} MiB; environment files are limited to 1 MiB`,
      );
    }
    handle = await open(file, 'r');
    // Read one byte more than stat promised, to notice a file that grew past the limit after stat.
    const buf = Buffer.allocUnsafe(Math.min(info.size, MAX_FILE_BYTES) + 1);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    if (bytesRead > info.size) return fileError(file, 'unreadable', 'changed while being read; run again');
    const bytes = buf.subarray(0, bytesRead);
    if (bytes.includes(0)) return fileError(file, 'binary', 'is a binary file (it contains NUL bytes), not YAML');
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const at = firstInvalidUtf8(bytes);
      return fileError(file, 'encoding', `is not valid UTF-8 (first bad byte at offset ${at}); save it as UTF-8`);
    }
    if (text.replace(/^\uFEFF/, '').trim() === '')
      return fileError(file, 'empty', 'is empty: an environment file needs version, environment and instances');
    return { ok: true, text };
  } catch (err) {
    return fileError(file, 'unreadable', describeErrno(err));
  } finally {
    await handle?.close();
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest prefix that fails to decode (a truncated sequence at the cut is tolerated by stream
  // mode).
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  // `lo` is the byte that made decoding fail; if it broke a sequence that started earlier, report that sequence's
  // start.
  for (let j = lo - 1; j >= Math.max(0, lo - 3); j--) {
    const b = bytes[j] ?? 0;
    if (b < 0x80) break;
    if (b >= 0xc0) return j;
  }
  return lo;
}

export const ENVIRONMENT_FILE = /\.ya?ml$/;

export interface Discovery {
  files: string[];
  findings: Finding[];
}

/** Expands files and folders (a folder's *.yaml and *.yml, sorted, not recursive) into the files to validate. */
export async function discoverEnvironmentFiles(paths: readonly string[]): Promise<Discovery> {
  const files: string[] = [];
  const findings: Finding[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      findings.push(fileError(path, 'unreadable', describeErrno(err)).finding);
      continue;
    }
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    let names: string[];
    try {
      names = (await readdir(path)).filter((n) => ENVIRONMENT_FILE.test(n)).sort();
    } catch (err) {
      findings.push(fileError(path, 'unreadable', describeErrno(err)).finding);
      continue;
    }
    if (names.length === 0) {
      findings.push(
        fileError(path, 'no-files', 'holds no environment files (*.yaml or *.yml): nothing to validate').finding,
      );
    }
    files.push(...names.map((n) => join(path, n)));
  }
  return { files: [...new Set(files)], findings };
}
