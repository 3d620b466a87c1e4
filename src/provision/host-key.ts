import { createTwoFilesPatch } from 'diff';
import { isMap, isSeq, parseDocument } from 'yaml';
import { utils } from 'ssh2';
import type { Instance } from '../config/environment.generated.js';
import { fingerprint } from '../shell/fingerprint.js';

/**
 * The line provision authorizes in the container: the deploy key's public half for an ssh target (deploys reach it
 * with that key); none for a pct target, which needs no key inside.
 */
export function deployKeyLine(
  target: Instance['target'],
  secrets: Record<string, string | undefined>,
): { ok: true; line: string | undefined } | { ok: false; reason: string } {
  if (target.transport !== 'ssh') return { ok: true, line: undefined };
  if (!target.ssh_key_secret) return { ok: false, reason: 'target.ssh_key_secret is not set' };
  return publicKeyLine(secrets[target.ssh_key_secret] ?? '');
}

/**
 * The deploy key's public half as authorized_keys wants it (`type base64`), from its private half; never the private
 * one.
 */
export function publicKeyLine(privateKey: string): { ok: true; line: string } | { ok: false; reason: string } {
  const parsed = utils.parseKey(privateKey);
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  if (!key || key instanceof Error)
    return { ok: false, reason: `the deploy key cannot be read (${key instanceof Error ? key.message : 'no key'})` };
  return { ok: true, line: `${key.type} ${key.getPublicSSH().toString('base64')}` };
}

/** OpenSSH's fingerprint of a `type base64` public key line. */
export const lineFingerprint = (line: string) => fingerprint(Buffer.from(line.split(/\s+/)[1] ?? '', 'base64'));

/**
 * The environment file with the container's host key pinned: a change for the operator to review and commit, never
 * trusted silently. Comments and layout are kept (the yaml document model); only target.host_keys changes.
 */
export function pinHostKey(
  file: string,
  text: string,
  instanceId: string,
  fp: string,
): { text: string; patch: string } | undefined {
  const doc = parseDocument(text);
  const instances = doc.get('instances');
  if (!isSeq(instances)) return undefined;
  const index = instances.items.findIndex((i) => isMap(i) && i.get('id') === instanceId);
  if (index < 0) return undefined;
  doc.setIn(['instances', index, 'target', 'host_keys'], doc.createNode([fp]));
  const next = doc.toString({ lineWidth: 0 });
  // The diff library opens with an "Index:" line and a rule of "=": a patch starts at "---".
  const patch = createTwoFilesPatch(file, file, text, next, '', '', { context: 2 }).replace(/^(Index: .*\n)?=+\n/, '');
  return { text: next, patch };
}
