import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { containerDir } from '../../src/lab/container.js';
import { quote, writeFileScript } from '../../src/shell/quote.js';

// A Vikunja container as the community-scripts installer for Proxmox leaves it (its install/vikunja-install.sh and
// Vikunja's own .deb, which that script installs): the binary in /opt/vikunja with /usr/local/bin/vikunja pointing at
// it, /etc/vikunja/config.yml, the data in SQLite at /opt/vikunja/vikunja.db and files in /opt/vikunja/files, one
// vikunja.service running as root with Restart=always, Vikunja itself on :3456, and nothing in front of it. Written
// here from those descriptions (the .deb's unit is reduced to what matters): what `slotflip adopt` is asked to take
// over. Only the release zip comes from outside: the same archive the real suite deploys.

export const COMMUNITY_WAY = {
  unit: 'vikunja.service',
  port: 3456,
  dir: '/opt/vikunja',
  config: '/etc/vikunja/config.yml',
  sqlite: '/opt/vikunja/vikunja.db',
} as const;

const UNIT = `[Unit]
Description=Vikunja
After=syslog.target
After=network.target

[Service]
RestartSec=2s
Type=simple
WorkingDirectory=/opt/vikunja
ExecStart=/usr/local/bin/vikunja
Restart=always
NoNewPrivileges=yes

[Install]
WantedBy=multi-user.target
`;

const config = (publicUrl: string, secret: string) => `service:
  secret: "${secret}"
  rootpath: /opt/vikunja/
  publicurl: "${publicUrl}"
  interface: ":3456"
  timezone: UTC
database:
  type: sqlite
  path: "/opt/vikunja/vikunja.db"
files:
  basepath: /opt/vikunja/files
log:
  standard: stdout
`;

/**
 * Puts the zip where container `n` sees it (the lab's rootfs on this machine), for the install script to unpack: the
 * suite's own container, which is not always the first when suites run side by side.
 */
export function stageZip(zip: string, n: number): string {
  const inside = `/var/tmp/${zip.split('/').pop()}`;
  copyFileSync(zip, join(containerDir(n), 'rootfs', inside));
  return inside;
}

export function installCommunityWayScript(zipInside: string, publicUrl: string, secret: string): string {
  return `set -eu
${removeCommunityWayScript()}
install -d -m 0755 /opt/vikunja /etc/vikunja
unzip -q -o ${quote(zipInside)} -d /opt/vikunja
mv -f /opt/vikunja/vikunja-v*-linux-amd64 /opt/vikunja/vikunja
chmod 0755 /opt/vikunja/vikunja
ln -sfn /opt/vikunja/vikunja /usr/local/bin/vikunja
${writeFileScript(COMMUNITY_WAY.config, config(publicUrl, secret), '0644')}
${writeFileScript('/usr/lib/systemd/system/vikunja.service', UNIT, '0644')}
systemctl daemon-reload
systemctl enable -q --now vikunja.service
for i in $(seq 1 100); do curl -s -o /dev/null --max-time 1 http://127.0.0.1:3456/health && break; sleep 0.2; done
curl -s --max-time 2 http://127.0.0.1:3456/api/v1/info | grep -q '"version"'
echo installed`;
}

export function removeCommunityWayScript(): string {
  return `systemctl disable --now vikunja.service 2>/dev/null || true
rm -rf /run/systemd/system/vikunja.service.d /usr/lib/systemd/system/vikunja.service
rm -rf /opt/vikunja /etc/vikunja /usr/local/bin/vikunja
systemctl daemon-reload; systemctl reset-failed vikunja.service 2>/dev/null || true`;
}

/**
 * What an operator does once, before adopting, when the data is in SQLite and the environment names PostgreSQL:
 * Vikunja's own dump of everything, the config pointed at the database, Vikunja's own restore into it, a restart. The
 * app is down from the stop to the start: the move is the operator's, outside slotflip, and docs/vikunja.md says so.
 */
export function moveToPostgresScript(db: { name: string; user: string; password: string }): string {
  return `set -eu
cd /opt/vikunja
systemctl stop vikunja.service
rm -f /var/tmp/vikunja-move.zip
vikunja dump --path /var/tmp --filename vikunja-move.zip >/var/tmp/vikunja-move.log 2>&1
# Vikunja's restore puts an empty JSON value from SQLite ("") into PostgreSQL's json columns and fails (22P02): the
# workaround its issue tracker gives (go-vikunja/vikunja#3895) is "null" for them in the dump, before restoring. The
# fields are the ones its restore treats as JSON (pkg/modules/dump/restore.go: jsonFields).
rm -rf /var/tmp/vikunja-move && install -d -m 0700 /var/tmp/vikunja-move && cd /var/tmp/vikunja-move
unzip -q ../vikunja-move.zip
sed -i -E 's/"(permissions|notification|filter|bucket_configuration|\
filters|frontend_settings)":""/"\\1":"null"/g' database/*.json
perl -MIO::Compress::Zip=zip -e 'zip [grep { -f } glob("VERSION config.yml database/* files/*")] \
=> "../vikunja-move.zip" or die "zip: $IO::Compress::Zip::ZipError\\n"'
cd /opt/vikunja
sed -i '/^database:/,/^[a-z]/{/^  /d}' ${COMMUNITY_WAY.config}
sed -i 's/^database:$/database:\\n  type: postgres\\n  host: "127.0.0.1:5432"\\n  user: "${db.user}"\
\\n  password: "${db.password}"\\n  database: "${db.name}"/' ${COMMUNITY_WAY.config}
# restore asks for this sentence on its stdin before it wipes the target database.
echo 'Yes, I understand' | vikunja restore --preserve-config /var/tmp/vikunja-move.zip >>/var/tmp/vikunja-move.log 2>&1
# restore logs a table it could not restore and still exits 0: its log is the verdict.
if grep 'level=ERROR' /var/tmp/vikunja-move.log >&2; then exit 1; fi
for f in ${COMMUNITY_WAY.sqlite} ${COMMUNITY_WAY.sqlite}-wal ${COMMUNITY_WAY.sqlite}-shm; do
  [ ! -e "$f" ] || mv -f "$f" "$f.moved"
done
systemctl start vikunja.service
for i in $(seq 1 100); do curl -s -o /dev/null --max-time 1 http://127.0.0.1:3456/health && break; sleep 0.2; done
curl -s --max-time 2 http://127.0.0.1:3456/api/v1/info | grep -q '"version"'
echo moved`;
}
