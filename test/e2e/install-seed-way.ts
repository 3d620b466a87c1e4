import { readFileSync } from 'node:fs';
import { quote, writeFileScript } from '../../src/shell/quote.js';
import type { LabTarget } from './lab.js';

// The demo app installed the way the seed's installer installs Vikunja (its architecture document): an app directory
// under /opt, a `<app>-backend-blue.service` on 127.0.0.1:8080 (the seed's blue backend port), an environment file,
// and an nginx site that proxies straight to that port. Its own database and Redis db, so it shares nothing with the
// other suites on the same container. What `slotflip adopt` is asked to take over.

export const SEED_WAY = {
  serverName: 'seed-way.lab.invalid',
  database: 'seedway',
  redisDb: 3,
  unit: 'demo-backend-blue.service',
  site: '/etc/nginx/sites-enabled/demo-seed-way',
  port: 8080,
} as const;

export function installSeedWayScript(t: LabTarget, archive: string): string {
  const dir = '/opt/demo-main/demo';
  const env = [
    'DEMO_PG_HOST=127.0.0.1',
    'DEMO_PG_PORT=5432',
    `DEMO_PG_DATABASE=${SEED_WAY.database}`,
    'DEMO_PG_USER=demo',
    `DEMO_PG_PASSWORD=${t.dbPassword}`,
    'DEMO_REDIS_HOST=127.0.0.1',
    'DEMO_REDIS_PORT=6379',
    `DEMO_REDIS_DB=${SEED_WAY.redisDb}`,
    `DEMO_REDIS_PASSWORD=${t.redisPassword}`,
    `DEMO_LISTEN=tcp:127.0.0.1:${SEED_WAY.port}`,
    'DEMO_SLOT=blue',
    '',
  ].join('\n');
  const unit = `[Unit]
Description=Demo Backend (Blue Deployment)
After=network.target

[Service]
Type=simple
User=demo
WorkingDirectory=${dir}
EnvironmentFile=/opt/demo-main/config/env
ExecStart=/usr/bin/node app.js serve
Restart=on-failure
RestartSec=5s

[Install]
WantedBy=multi-user.target
`;
  const site = `server {
    listen 80;
    server_name ${SEED_WAY.serverName};

    # Backend API
    location / {
        proxy_pass http://127.0.0.1:${SEED_WAY.port};  # Blue deployment
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
    }
}
`;
  return [
    'set -eu',
    'id demo >/dev/null 2>&1 || useradd --system --home-dir /opt/demo-main --shell /usr/sbin/nologin demo',
    `runuser -u postgres -- psql -q -d postgres -c ${quote(`CREATE DATABASE ${SEED_WAY.database} OWNER demo`)}`,
    `install -d -m 0755 ${dir} /opt/demo-main/config`,
    `base64 -d <<'ARCHIVE' | tar -xz -C ${dir}`,
    ...(readFileSync(archive)
      .toString('base64')
      .match(/.{1,76}/g) ?? []),
    'ARCHIVE',
    writeFileScript('/opt/demo-main/config/env', env, '0600'),
    writeFileScript(`/etc/systemd/system/${SEED_WAY.unit}`, unit),
    writeFileScript('/etc/nginx/sites-available/demo-seed-way', site),
    `ln -sfn /etc/nginx/sites-available/demo-seed-way ${SEED_WAY.site}`,
    'systemctl daemon-reload',
    `systemd-run --wait --pipe --quiet -p User=demo -p EnvironmentFile=/opt/demo-main/config/env -p ` +
      `WorkingDirectory=${dir} /usr/bin/node app.js migrate`,
    `systemctl enable --now ${SEED_WAY.unit}`,
    `for i in $(seq 1 100); do curl -sf -o /dev/null http://127.0.0.1:${SEED_WAY.port}/health && break; ` +
      `sleep 0.1; done`,
    'nginx -t -q && systemctl reload nginx',
    `for i in $(seq 1 100); do [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Host: ` +
      `${SEED_WAY.serverName}' http://127.0.0.1/health)" = 200 ] && break; sleep 0.1; done`,
    'echo installed',
  ].join('\n');
}

/** Removes the seed-way install and everything slotflip made for the instance that adopted it. */
export function removeSeedWayScript(instance: string): string {
  return `set -u
systemctl disable --now ${SEED_WAY.unit} 2>/dev/null || true
for u in $(systemctl list-units --all --plain --no-legend 'slotflip-${instance}-*' | awk '{print $1}'); do
  systemctl disable --now "$u" 2>/dev/null || true
done
rm -f /etc/systemd/system/${SEED_WAY.unit} /etc/systemd/system/slotflip-${instance}-* ${SEED_WAY.site}
rm -f /etc/nginx/sites-available/demo-seed-way /etc/nginx/slotflip/adopted/demo-seed-way
rm -f /etc/nginx/sites-enabled/slotflip-${instance}.conf /etc/nginx/sites-available/slotflip-${instance}.conf
rm -rf /opt/demo-main /opt/slotflip/${instance} /var/lib/slotflip/${instance}
systemctl daemon-reload; systemctl reset-failed 2>/dev/null || true
systemctl reload nginx
runuser -u postgres -- psql -q -d postgres -c 'DROP DATABASE IF EXISTS ${SEED_WAY.database}' >/dev/null
echo removed
`;
}
