import { readFileSync } from 'node:fs';
import { quote, writeFileScript } from '../../src/shell/quote.js';
import type { LabTarget } from './lab.js';

/**
 * Installs a demo release the way an operator would by hand (the lab issue's acceptance test, before the engine
 * exists):
 * a user, the release directory, a 0600 environment file, a systemd template unit with a runtime directory per slot,
 * the migration, the blue slot, and an nginx site proxying to its unix socket. Sent as one script on stdin.
 */
/** Its own server name, so it never meets the site slotflip deploys for the same container. */
export const BY_HAND_SERVER_NAME = 'by-hand.lab.invalid';

export function installDemoScript(t: LabTarget, archive: string, version: string): string {
  const dir = `/opt/demo/releases/${version}`;
  const env = [
    'DEMO_PG_HOST=127.0.0.1',
    'DEMO_PG_PORT=5432',
    'DEMO_PG_DATABASE=demo',
    'DEMO_PG_USER=demo',
    `DEMO_PG_PASSWORD=${t.dbPassword}`,
    'DEMO_REDIS_HOST=127.0.0.1',
    'DEMO_REDIS_PORT=6379',
    `DEMO_REDIS_PASSWORD=${t.redisPassword}`,
    '',
  ].join('\n');
  const unit = `[Unit]
Description=demo app (%i slot), installed by hand
After=network.target postgresql.service redis-server.service

[Service]
User=demo
Group=demo
WorkingDirectory=${dir}
EnvironmentFile=/etc/demo/env
Environment=DEMO_SLOT=%i DEMO_LISTEN=unix:/run/demo/%i/app.sock
RuntimeDirectory=demo/%i
RuntimeDirectoryMode=0755
ExecStart=/usr/bin/node app.js serve
NoNewPrivileges=yes
ProtectSystem=strict
ProtectHome=yes
PrivateTmp=yes
TimeoutStopSec=15

[Install]
WantedBy=multi-user.target
`;
  const site = `upstream demo_by_hand { server unix:/run/demo/blue/app.sock; }
server {
  listen 80;
  server_name ${BY_HAND_SERVER_NAME};
  location / { proxy_pass http://demo_by_hand; proxy_set_header Host $host; }
}
`;
  return [
    'set -eu',
    'id demo >/dev/null 2>&1 || useradd --system --home-dir /opt/demo --shell /usr/sbin/nologin demo',
    `install -d -m 0755 ${quote(dir)}`,
    `base64 -d <<'ARCHIVE' | tar -xz -C ${quote(dir)}`,
    ...(readFileSync(archive)
      .toString('base64')
      .match(/.{1,76}/g) ?? []),
    'ARCHIVE',
    writeFileScript('/etc/demo/env', env, '0600'),
    writeFileScript('/etc/systemd/system/demo@.service', unit),
    writeFileScript('/etc/nginx/sites-available/demo-by-hand', site),
    'ln -sfn /etc/nginx/sites-available/demo-by-hand /etc/nginx/sites-enabled/demo-by-hand',
    'systemctl daemon-reload',
    // The migration runs as the service user with the same environment file, in a transient unit (no secret in argv).
    `systemd-run --wait --pipe --quiet -p User=demo -p EnvironmentFile=/etc/demo/env -p ` +
      `WorkingDirectory=${quote(dir)} /usr/bin/node app.js migrate`,
    'systemctl start demo@blue',
    'for i in $(seq 1 100); do [ -S /run/demo/blue/app.sock ] && break; sleep 0.1; done',
    'nginx -t -q && systemctl reload nginx',
    // A reload returns before the new workers answer: wait until nginx itself routes to the app.
    `for i in $(seq 1 100); do [ "$(curl -s -o /dev/null -w '%{http_code}' -H ` +
      `${quote(`Host: ${BY_HAND_SERVER_NAME}`)} http://127.0.0.1/health)" = 200 ] && break; sleep 0.1; done`,
    'echo installed',
  ].join('\n');
}

export const uninstallDemoScript = `set -u
systemctl stop demo@blue 2>/dev/null || true
rm -f /etc/nginx/sites-enabled/demo-by-hand /etc/nginx/sites-available/demo-by-hand
rm -f /etc/systemd/system/demo@.service /etc/demo/env
systemctl daemon-reload
systemctl reload nginx
runuser -u postgres -- psql -q -d demo -c 'DROP TABLE IF EXISTS tasks, job_runs, schema_migrations' >/dev/null
rm -rf /opt/demo/releases
echo uninstalled
`;
