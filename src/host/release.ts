import type { Op } from '../shell/ops.js';
import { layout } from '../shell/layout.js';
import { quote } from '../shell/quote.js';
import { sha256Into } from '../shell/sha256.js';

/** Release ids name directories: the version plus the archive's hash, so one version built twice never collides. */
export const releaseId = (version: string, sha256: string) => `${version}-${sha256.slice(0, 8)}`;
/** The version a release id names (the inverse of releaseId). */
export const versionOf = (id: string) => id.replace(/-[0-9a-f]{8}$/, '');

/**
 * Shell: the app's system user, created when missing (a deploy before it unpacks, a restore before it restores files).
 */
export const ensureAppUser = (instance: string, user: string) =>
  `id -u ${quote(user)} >/dev/null 2>&1 || useradd --system --home-dir ${quote(layout(instance).root)} ` +
  `--no-create-home --shell /usr/sbin/nologin ${quote(user)}`;

/**
 * Unpacks an uploaded archive into releases/<id> (through a .partial directory), unless that release is already there.
 */
export type ArchiveFormat = 'tar.gz' | 'zip';

/** The archive format, from a file name or URL: Vikunja publishes zips, the demo tarballs. */
export function archiveFormat(name: string): ArchiveFormat {
  return /\.zip$/i.test(name) ? 'zip' : 'tar.gz';
}

/**
 * source: url: the host downloads the archive (https only, redirects only to https), and it is unpacked only when its
 * sha256 is the one the environment pins. A release already on the host is not downloaded again.
 */
export function fetchRelease(instance: string, id: string, url: string, sha256: string, archive: string): Op {
  const l = layout(instance);
  return {
    kind: 'sh',
    note: `download ${url} on the host, sha256 checked`,
    text: `install -d -m 0755 ${quote(l.releases)}
if [ -d ${quote(l.release(id))} ]; then
  echo "release ${id} is already on the host"
else
rm -f ${quote(`${archive}.partial`)}
if ! curl -fsSL --proto '=https' --proto-redir '=https' --retry 3 --connect-timeout 20 --max-time 900 \
  -o ${quote(`${archive}.partial`)} ${quote(url)}; then
  rm -f ${quote(`${archive}.partial`)}; echo ${quote(`downloading ${url} failed`)} >&2; exit 1
fi
${sha256Into('got', quote(`${archive}.partial`))}
if [ "$got" != ${quote(sha256)} ]; then
  rm -f ${quote(`${archive}.partial`)}
  echo "the archive at ${url.replace(/["$`\\]/g, '')} has sha256 $got, but the environment pins ${sha256}:" \
    "nothing was unpacked" >&2; exit 1
fi
mv -f ${quote(`${archive}.partial`)} ${quote(archive)}
fi`,
  };
}

export function unpackRelease(
  instance: string,
  id: string,
  archive: string,
  user: string,
  build: readonly string[],
  format: ArchiveFormat = 'tar.gz',
): Op {
  const l = layout(instance);
  const dir = quote(l.release(id));
  const partial = quote(`${l.release(id)}.partial`);
  const buildLines = build.map(
    (cmd) => `  runuser -u ${quote(user)} -- /bin/bash -c ${quote(`cd ${l.release(id)}.partial && ${cmd}`)}`,
  );
  return {
    kind: 'sh',
    note: `unpack release ${id}${build.length ? ' and run its build commands' : ''}`,
    text: `${ensureAppUser(instance, user)}
install -d -m 0755 ${quote(l.releases)} ${quote(`${l.root}/slots`)}
install -d -m 0750 -g ${quote(user)} ${quote(l.shared)}
if [ -d ${dir} ]; then
  echo "release ${id} is already on the host"
else
  rm -rf ${partial}; install -d -m 0755 ${partial}
  ${
    format === 'zip'
      ? `unzip -q ${quote(archive)} -d ` + `${partial}`
      : `tar -xzf ${quote(archive)} -C ${partial} --no-same-owner`
  }
${
  build.length ? `  chown -R ${quote(user)} ` + `${partial}\n${buildLines.join('\n')}\n` : ''
}  chown -R root:root ${partial}; chmod -R go-w ${partial}
  mv -T ${partial} ${dir}
fi
rm -f ${quote(archive)}`,
  };
}

/** Keeps the newest `keep` releases plus whatever a slot points at. */
export function pruneReleases(instance: string, keepIds: readonly string[]): Op {
  const l = layout(instance);
  return {
    kind: 'sh',
    note: `keep releases ${keepIds.join(', ')}`,
    text: `cd ${quote(l.releases)}
keep=${quote(` ${keepIds.join(' ')} `)}
for d in */; do d=\${d%/}; case "$keep" in *" $d "*) ;; *) rm -rf -- "$d" ;; esac; done`,
  };
}

/**
 * A deploy's pre-migration dump stays only while a slot's release was deployed with it (what `rollback --restore-db`
 * restores); older ones would fill the disk, one database copy per deploy.
 */
export function pruneDeployDumps(instance: string, keepFiles: readonly string[]): Op {
  const l = layout(instance);
  return {
    kind: 'sh',
    note: `keep the pre-migration dumps of the two slots' releases`,
    text: `keep=${quote(` ${keepFiles.join(' ')} `)}
for f in ${quote(l.backups)}/*.dump; do
  [ -e "$f" ] || continue; case "$keep" in *" $f "*) ;; *) rm -f -- "$f" "$f.sha256" "$f.marker" ;; esac
done`,
  };
}
