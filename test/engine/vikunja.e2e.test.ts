import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attach } from '../../src/lab/container.js';
import { quote } from '../../src/shell/quote.js';
import { slotflip, resetInstanceScript } from '../e2e/deploy-helpers.js';
import { http, LAB_ENV_FILE, labTarget, SECRETS_DIR } from '../e2e/lab.js';
import { LAB_N, OWN_RELEASES } from '../e2e/pool.js';
import { secretNames } from '../../src/lab/state-files.js';
import { startLoad } from '../e2e/load.js';
import { startReleaseServer, trustCa, untrustCa, type ReleaseServer } from '../e2e/release-server.js';
import { testGpg as keys, type TestGpg } from '../gpg-key.js';
import { CHROMIUM, haveChromium, openBrowser, routeTo, signInVikunja } from '../e2e/browser.js';
import {
  bearer,
  passwordOf,
  refreshing,
  signUp,
  socketClient,
  taskRoutes,
  type Session,
} from '../e2e/vikunja-clients.js';
import { tempDir } from '../helpers.js';

const LAB_SECRETS = secretNames(LAB_N);

// Real Vikunja in the lab: release archives built from Vikunja's own source, in the official zip layout
// (vikunja-v<version>-linux-amd64-full.zip), read from the folder SLOTFLIP_VIKUNJA_RELEASES names. The repository
// holds none of them: without the variable this suite says so in one line and is skipped.

const releases = process.env.SLOTFLIP_VIKUNJA_RELEASES;
const zip = (version: string) => (releases ? join(releases, `vikunja-v${version}-linux-amd64-full.zip`) : '');
const available = !!releases && existsSync(zip('2.5.0')) && existsSync(zip('2.4.0'));
if (!available)
  console.log(
    `skipped: real Vikunja (set SLOTFLIP_VIKUNJA_RELEASES to a folder holding ` +
      (`vikunja-v2.4.0-linux-amd64-full.zip and ` +
        `vikunja-v2.5.0-linux-amd64-full.zip${releases ? `; one of them is not in ${releases}` : ''})`),
  );

const INSTANCE = 'vikunja-real';
const SERVER_NAME = 'vikunja-real.lab.invalid';
const DB = 'vikunja_real';

describe.skipIf(!available)('real Vikunja 2.4.0 -> 2.5.0 in the lab', () => {
  const t = labTarget();
  const secrets = tempDir('vikunja-secrets-');
  let envFile = '';

  beforeAll(async () => {
    // A database and role of its own on the lab's PostgreSQL (as provision makes them), and secrets beside the lab's.
    const password = randomBytes(16).toString('hex');
    for (const name of ['LAB_SSH_KEY', LAB_SECRETS.redis, LAB_SECRETS.dbAdmin, 'LAB_BACKUP_IDENTITY'])
      copyFileSync(join(SECRETS_DIR, name), join(secrets, name));
    writeFileSync(join(secrets, 'VIKUNJA_DB_PASSWORD'), password, { mode: 0o600 });
    writeFileSync(join(secrets, 'VIKUNJA_SECRET'), randomBytes(24).toString('hex'), { mode: 0o600 });
    const sink = await attach(LAB_N).script(`systemctl stop slotflip-test-smtp-sink 2>/dev/null || true
rm -rf ${SINK_DIR}; install -d -m 0700 ${SINK_DIR}
systemd-run --quiet --collect --unit=slotflip-test-smtp-sink perl -e ${quote(SINK)}`);
    expect(sink.code, sink.stderr).toBe(0);
    const setup = await attach(LAB_N).script(`${resetInstanceScript(INSTANCE)}
runuser -u postgres -- psql -q -c 'DROP DATABASE IF EXISTS ${DB}' -c 'DROP ROLE IF EXISTS ${DB}' \\
  -c "CREATE ROLE ${DB} LOGIN PASSWORD '${password}'" -c 'CREATE DATABASE ${DB} OWNER ${DB}'`);
    expect(setup.code, setup.stderr).toBe(0);
    envFile = join(tempDir('vikunja-env-'), 'vikunja-real.yaml');
    // 2.4.0 comes from a release server in the lab, as the official archives come from dl.vikunja.io: the zip and its
    // detached signature by a key made here, pinned by `slotflip pin`, downloaded by the host.
    const dir = tempDir('vikunja-release-server-');
    signer = keys(dir);
    publisher = signer.makeKey('vikunja-release');
    const sig = join(dir, `${ZIP('2.4.0')}.sig`);
    signer.sign(publisher.fpr, zip('2.4.0'), sig);
    releases = await startReleaseServer(dir, { [urlPath('2.4.0')]: zip('2.4.0'), [`${urlPath('2.4.0')}.sig`]: sig });
    const trusted = await attach(LAB_N).script(trustCa(releases));
    expect(trusted.stdout).toContain('trusted');
    writeEnv('2.4.0', {}, undefined, { source: 'url', version: '2.4.0', url: `${releases.base}${urlPath('2.4.0')}` });
  });

  let releases: ReleaseServer;
  let signer: TestGpg;
  let publisher: { fpr: string; file: string };
  const ZIP = (version: string) => `vikunja-v${version}-linux-amd64-full.zip`;
  const urlPath = (version: string) => `/vikunja/v${version}/${ZIP(version)}`;

  /** The environment with release `version` uploaded from the repository's lab/state (ignored by git), or `release`. */
  function writeEnv(
    version: string,
    extra: Record<string, unknown> = {},
    config?: Record<string, unknown>,
    release?: Record<string, unknown>,
  ) {
    mkdirSync(OWN_RELEASES, { recursive: true });
    const local = `${OWN_RELEASES}/vikunja-v${version}-linux-amd64-full.zip`;
    copyFileSync(zip(version), local);
    const sha256 = createHash('sha256').update(readFileSync(local)).digest('hex');
    const env = {
      version: 1,
      environment: 'vikunja-real',
      instances: [
        {
          id: INSTANCE,
          target: {
            transport: 'ssh',
            host: t.host,
            port: 22,
            user: 'root',
            host_keys: [t.hostKey],
            ssh_key_secret: 'LAB_SSH_KEY',
          },
          app: {
            name: 'vikunja',
            release: release ?? { source: 'upload', version, path: local, sha256 },
            shared_secret: 'VIKUNJA_SECRET',
            ...(config ? { config } : {}),
          },
          database: {
            engine: 'postgres',
            host: '127.0.0.1',
            port: 5432,
            name: DB,
            user: DB,
            password_secret: 'VIKUNJA_DB_PASSWORD',
            pool: 5,
            server_version: 15,
            admin_user: 'slotflip_admin',
            admin_secret: LAB_SECRETS.dbAdmin,
          },
          // The lab's backup keys: encrypted to its recipient, restored with its identity.
          backups: (parse(readFileSync(LAB_ENV_FILE, 'utf8')) as { instances: Array<{ backups: unknown }> })
            .instances[0]!.backups,
          redis: { host: '127.0.0.1', port: 6379, db: 3, password_secret: LAB_SECRETS.redis },
          nginx: { server_names: [SERVER_NAME], tls: { enabled: false } },
          windows: { observe: '5s', drain: '3s', keep_warm: '5m' },
          ...extra,
        },
      ],
    };
    writeFileSync(envFile, stringify(env));
  }

  // An SMTP server in the container that keeps each message as a file: enough SMTP for Vikunja's mailer (no TLS
  // offered, so its opportunistic STARTTLS goes plain; no AUTH without a username).
  const SINK_DIR = '/var/tmp/slotflip-smtp-sink';
  const SINK = `use IO::Socket::INET;
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => 2525, Listen => 5, ReuseAddr => 1)
  or die "listen: $!";
my $n = 0;
while (my $c = $l->accept) {
  $c->autoflush(1); print $c "220 sink ESMTP\\r\\n";
  my ($data, $msg) = (0, '');
  while (defined(my $line = <$c>)) {
    if ($data) {
      if ($line =~ /^\\.\\r?\\n$/) {
        $n++; open my $f, '>', "${SINK_DIR}/$$-$n.eml" or die; print $f $msg; close $f;
        ($data, $msg) = (0, ''); print $c "250 kept\\r\\n"
      }
      else { $msg .= $line }
    } elsif ($line =~ /^(EHLO|HELO)/i) { print $c "250 sink\\r\\n" }
    elsif ($line =~ /^DATA/i) { $data = 1; print $c "354 go on\\r\\n" }
    elsif ($line =~ /^QUIT/i) { print $c "221 bye\\r\\n"; last }
    else { print $c "250 ok\\r\\n" }
  }
  close $c;
}`;
  const MAILER = { mailer: { enabled: true, host: '127.0.0.1', port: 2525, fromemail: 'vikunja@slotflip.invalid' } };
  const withMailer = () => ({
    smoke: {
      steps: [
        {
          name: 'login',
          method: 'POST',
          path: '/api/v1/login',
          body: { username, password: passwordOf(username) },
          save: { token: 'token' },
        },
        { name: 'user', method: 'GET', path: '/api/v1/user', bearer: '${token}' },
      ],
    },
  });

  /** The release as another build of the same version: the same files, a zip comment, so another sha256. */
  async function rebuilt(version: string) {
    const local = `${OWN_RELEASES}/vikunja-v${version}-linux-amd64-full.zip`;
    const bytes = readFileSync(zip(version));
    // The end-of-central-directory record (22 bytes, no comment yet) ends with the comment's length.
    expect(bytes.readUInt32LE(bytes.length - 22)).toBe(0x06054b50);
    const comment = Buffer.from('rebuilt for the slotflip real suite');
    const out = Buffer.concat([bytes, comment]);
    out.writeUInt16LE(comment.length, bytes.length - 2);
    writeFileSync(local, out);
    const env = parse(readFileSync(envFile, 'utf8')) as { instances: Array<{ app: { release: { sha256: string } } }> };
    env.instances[0]!.app.release.sha256 = createHash('sha256').update(out).digest('hex');
    writeFileSync(envFile, stringify(env));
  }

  const until = async (ok: () => boolean, ms: number) => {
    const end = Date.now() + ms;
    while (!ok() && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
    expect(ok()).toBe(true);
  };

  const UNIQUE_ON_USERS =
    "SELECT count(*) FROM pg_indexes WHERE tablename = 'users' AND indexdef LIKE 'CREATE UNIQUE%'";
  let uniqueOnUsers = 0;
  const sql = async (query: string) =>
    (await attach(LAB_N).script(`runuser -u postgres -- psql -At -d ${DB} -c ${JSON.stringify(query)}`)).stdout.trim();

  it('pins 2.4.0 from a release server in the lab (its signature checked) and deploys it', async () => {
    // …downloaded by the host (accepted with a warning: the "from" release); a unique index dropped as its upgrade
    // migrations drop them.
    const unpinned = await slotflip(['validate', envFile]);
    expect(unpinned.stdout).toMatch(
      /error: instances\[0\]\.app\.release: vikunja-real's release 2\.4\.0 names no sha256/,
    );
    const pinned = await slotflip([
      'pin',
      envFile,
      '--key',
      publisher.file,
      '--key-id',
      publisher.fpr,
      '--ca-file',
      releases.caFile,
    ]);
    const sha256 = createHash('sha256')
      .update(readFileSync(zip('2.4.0')))
      .digest('hex');
    expect(pinned.code, pinned.stderr).toBe(0);
    expect(pinned.stdout).toContain(`2.4.0 sha256 ${sha256} (signed by ${publisher.fpr})`);
    const r = await slotflip(['deploy', '--env', envFile, '--secrets-dir', secrets]);
    console.log(`real Vikunja 2.4.0, pinned from the lab's release server, first deploy: ${r.ms} ms`);
    expect(r.code, r.stderr).toBe(0);
    // The operator's machine fetched the zip and its signature to pin it; the container fetched the zip to deploy it.
    expect(releases.seen.filter((x) => x.from === t.host).map((x) => x.path)).toEqual([urlPath('2.4.0')]);
    expect(
      releases.seen
        .filter((x) => x.from !== t.host)
        .map((x) => x.path)
        .sort(),
    ).toEqual([urlPath('2.4.0'), `${urlPath('2.4.0')}.sig`]);
    expect(r.stderr).toMatch(/note: schema: created \d+ columns, \d+ indexes, \d+ constraints/);
    const v = await slotflip(['validate', envFile]);
    expect(v.stdout).toMatch(/warning: .*vikunja 2\.4\.0 is older than the 2\.5\.0 the preset describes/);
    // A fresh 2.4.0 creates its tables from its models, with every index: the loss happens to a database that 2.4.0's
    // migrations upgrade (tx.Sync with partial structs). That is what this leaves, the way those migrations leave it.
    uniqueOnUsers = Number(await sql(UNIQUE_ON_USERS));
    expect(await sql('DROP INDEX "UQE_users_username"')).toBe('DROP INDEX');
  });

  let user: Session;
  const username = `load${randomBytes(3).toString('hex')}`;
  const projects: number[] = [];
  const CONNECTIONS = 10;

  it('a user signs up and logs in on 2.4.0 through nginx', async () => {
    // …and makes a project for each of its connections.
    user = await signUp(t.host, SERVER_NAME, username);
    for (let n = 0; n < CONNECTIONS; n++) {
      const made = await http(t.host, '/api/v1/projects', {
        method: 'PUT',
        hostHeader: SERVER_NAME,
        headers: bearer(user),
        body: { title: `under load ${n}` },
      });
      expect(made.status, made.body).toBe(201);
      projects.push((JSON.parse(made.body) as { id: number }).id);
    }
  });

  it('upgrades to 2.5.0 under a load of logged-in clients (reads, writes, websockets, token refreshes)', async () => {
    // None fails, no write is lost, every websocket ends up on 2.5.0; the indexes 2.4.0 dropped are reported back, the
    // overlap is printed, the old slot is paused after its drain, no throwaway user is left.
    writeEnv('2.5.0');
    const sockets = Array.from({ length: 4 }, () => socketClient(user));
    const load = startLoad({
      host: t.host,
      hostHeader: SERVER_NAME,
      ratePerSecond: 60,
      connections: CONNECTIONS,
      writeShare: 0.25,
      maxSeconds: 180,
      routes: taskRoutes(projects),
      headers: () => bearer(user),
    });
    const refresh = refreshing(user, 12_000);
    await until(() => sockets.every((c) => c.authenticated === 1), 10_000);
    // And a person in Chromium, signed in on 2.4.0, who keeps the tab open across the upgrade.
    expect(haveChromium(), `the real suite drives Debian's chromium (${CHROMIUM}): apt-get install chromium`).toBe(
      true,
    );
    const tab = await openBrowser(SERVER_NAME, t.host);
    await signInVikunja(tab, `http://${SERVER_NAME}`, username, passwordOf(username));
    const r = await slotflip(['deploy', '--env', envFile, '--secrets-dir', secrets]);
    // After the flip, the open tab goes to a page it has not loaded yet: its lazy chunk is one of 2.4.0's files.
    const flipped = Date.now();
    await routeTo(tab, '/user/settings/general');
    const shot = join('lab/state', 'vikunja-tab-after-upgrade.png');
    await tab.page.screenshot({ path: shot });
    const afterFlip = tab.seen.filter((x) => x.at >= flipped);
    const chunks = afterFlip.filter((x) => /\.(js|css)(\?|$)/.test(x.url));
    const api = afterFlip.filter((x) => x.url.includes('/api/'));
    const heading = await tab.page.evaluate(
      () => document.querySelector('h1, .card-header-title, .title')?.textContent?.trim() ?? '',
    );
    await tab.close();
    // The drain (3 s) ends with the blue slot's connections closed; the web app's reconnect comes a second later.
    await new Promise((done) => setTimeout(done, 6000));
    const answering = await Promise.all(sockets.map((c) => c.answers(2000)));
    const report = await load.stop();
    const during = refresh.stop();
    // And once more on 2.5.0 alone, with the cookie the last trade set (before or during the upgrade).
    const refreshedOnNew = await refresh.once();
    const refreshed = refresh.stop();
    for (const c of sockets) c.stop();
    const stored = new Set((await sql(`SELECT id FROM tasks WHERE project_id IN (${projects.join(',')})`)).split('\n'));
    const lost = report.acknowledged.filter((id) => !stored.has(id));
    console.log(
      `real Vikunja 2.4.0 -> 2.5.0: ${r.ms} ms; ${/overlap: [^\n]*/.exec(r.stderr)?.[0] ?? 'no overlap line'}`,
    );
    const failed = report.failures.length
      ? ` (${[...new Set(report.failures.map((f) => `${f.status} ${f.method}`))].join(', ')})`
      : '';
    console.log(
      [
        `under load: ${report.requests} requests through nginx in ${report.seconds.toFixed(0)} s,`,
        `${report.failures.length} failed${failed}, ${report.acknowledged.length} tasks written, ${lost.length} lost;`,
        `${refreshed.ok} token refreshes, ${refreshed.failed.length} failed;`,
        `websockets closed by the drain's end ${sockets.map((c) => c.closed).join('/')},`,
        `authenticated ${sockets.map((c) => c.authenticated).join('/')},`,
        `answering on the live slot ${answering.filter(Boolean).length} of ${sockets.length}`,
      ].join(' '),
    );
    console.log(
      `the tab opened on 2.4.0, after the flip: ${chunks.length} lazy files ` +
        (`(${[...new Set(chunks.map((c) => c.status))].join(', ')}), ${api.length} API answers ` +
          `(${[...new Set(api.map((c) => c.status))].join(', ')}), page "${heading}"; screenshot ${shot}`),
    );
    expect(r.code, r.stderr).toBe(0);
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.filter((c) => c.status !== 200)).toEqual([]);
    expect(api.filter((c) => c.status >= 400)).toEqual([]);
    expect(report.failures.slice(0, 5)).toEqual([]);
    expect(report.acknowledged.length).toBeGreaterThan(100);
    expect(lost).toEqual([]);
    expect(refreshed.failed).toEqual([]);
    // Every 12 s from before the deploy to after its drain (its observe and drain windows alone take 8 s).
    expect(during.ok).toBeGreaterThanOrEqual(1);
    expect(refreshedOnNew).toBe(true);
    // Each websocket was closed once at the end of the drain (not left on a slot that is then paused), came back, and
    // authenticated on the live slot, which answers it.
    expect(sockets.map((c) => [c.closed, c.authenticated, c.errors])).toEqual(sockets.map(() => [1, 2, []]));
    expect(answering).toEqual(sockets.map(() => true));
    expect(r.stderr).toMatch(/note: schema: the migration added indexes: [^\n]*\busers\.UQE_users_username\b/);
    expect(Number(await sql(UNIQUE_ON_USERS))).toBe(uniqueOnUsers);
    expect(r.stderr).toMatch(
      /overlap: both slots ran \d+\.\d s \(start to flip \d+\.\d s, then a 3 s drain\); the blue slot is then paused/,
    );
    expect(r.stderr).toMatch(/smoke flow on the green slot \(6 steps\) \.\.\.\n\s+ok in/);
    expect(r.stderr).toContain(
      'note: through nginx after the flip: websocket /api/v1/ws, cors /api/v1/info, cookies ok',
    );
    // The smoke flow ran three times (on the slot, then twice after the flip): every throwaway user is gone, and their
    // projects.
    expect(await sql("SELECT count(*) FROM users WHERE username LIKE 'slotflip-smoke-%'")).toBe('0');
    expect(
      await sql(
        "SELECT count(*) FROM projects WHERE title LIKE 'slotflip smoke%' OR owner_id NOT IN (SELECT id FROM users)",
      ),
    ).toBe('0');
    // The blue slot (2.4.0) still runs for a rollback, but stopped (T) once its drain is over: its cron sends nothing.
    const state = await attach(LAB_N).script(
      `ps -o stat= -p "$(systemctl show -p MainPID --value slotflip-${INSTANCE}-api@blue)"; ps -o stat= -p ` +
        `"$(systemctl show -p MainPID --value slotflip-${INSTANCE}-api@green)"`,
    );
    expect(
      state.stdout
        .trim()
        .split('\n')
        .map((l) => l.trim()[0]),
    ).toEqual(['T', 'S']);
  });

  it('each client address has its own rate limit through nginx (10 logins a minute)', async () => {
    // …and slotflip's checks spend none of it.
    // Two clients inside the container, from two loopback addresses: eleven logins from the first, one from the second.
    const r = await attach(LAB_N).script(`H='Host: ${SERVER_NAME}'; J='Content-Type: application/json'
for n in $(seq 11); do
  curl -s -o /dev/null -w '%{http_code} ' --interface 127.0.0.11 -H "$H" -H "$J" \
    -d '{"username":"nobody-a","password":"wrong-password"}' http://127.0.0.1/api/v1/login
done
echo
curl -s -o /dev/null -D - --interface 127.0.0.12 -H "$H" -H "$J" \
  -d '{"username":"nobody-b","password":"wrong-password"}' http://127.0.0.1/api/v1/login | tr -d '\\r' |
  sed -n 's/^HTTP[^ ]* \\([0-9]*\\).*/\\1/p; s/^[Xx]-[Rr]ate[Ll]imit-[Rr]emaining: *//p' | paste -sd' ' -`);
    const [first, second] = r.stdout.trim().split('\n');
    const codes = first!.trim().split(' ');
    console.log(
      `rate limit per client address: the first address answered ${codes.join(' ')}; the second then ${second}`,
    );
    expect(codes.slice(0, 10)).not.toContain('429');
    expect(codes[10]).toBe('429');
    // The second address starts with its own ten, whatever the first and the deploy's smoke flows (from addresses of
    // their own) spent: over the socket without realip, all of them shared one bucket and this answered 429.
    expect(second!.split(' ')[0]).not.toBe('429');
    expect(second!.split(' ')[1]).toBe('9');
  });

  it('a warm rollback resumes the paused slot and serves 2.4.0 again', async () => {
    // The next deploy moves forward again.
    const r = await slotflip(['rollback', '--env', envFile, '--secrets-dir', secrets]);
    console.log(`real Vikunja warm rollback 2.5.0 -> 2.4.0 (database as 2.5.0 left it): ${r.ms} ms`);
    expect(r.code, r.stderr).toBe(0);
    const info = await http(t.host, '/api/v1/info', { hostHeader: SERVER_NAME });
    expect(JSON.parse(info.body).version).toBe('v2.4.0');
    const state = await attach(LAB_N).script(
      `ps -o stat= -p "$(systemctl show -p MainPID --value slotflip-${INSTANCE}-api@blue)"`,
    );
    expect(state.stdout.trim()[0]).toBe('S');
    const again = await slotflip(['release-hold', '--env', envFile, '--secrets-dir', secrets]);
    expect(again.code, again.stderr).toBe(0);
    // Forward again with the mailer on, into the sink: with it on, the preset's flow cannot sign up a throwaway user
    // (validate says so), so the environment brings its own, read-only: the load's user logs in.
    writeEnv('2.5.0', withMailer(), MAILER);
    const valid = await slotflip(['validate', envFile]);
    expect(valid.code, valid.stdout).toBe(0);
    const forward = await slotflip(['deploy', '--env', envFile, '--secrets-dir', secrets]);
    expect(forward.code, forward.stderr).toBe(0);
    expect(forward.stderr).toMatch(/smoke flow on the green slot \(2 steps\)/);
  });

  it('a reminder that falls due while the old slot is kept warm reaches the SMTP sink exactly once', async () => {
    // A rebuild of 2.5.0 (same files, a zip comment: another sha256, so another release) deployed over 2.5.0: both
    // slots now run with the mailer on, and the green one is paused after its drain.
    await rebuilt('2.5.0');
    const r = await slotflip(['deploy', '--env', envFile, '--secrets-dir', secrets]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/the green slot is then paused/);
    await sql(`UPDATE users SET email_reminders_enabled = true WHERE username = '${username}'`);
    // Vikunja's cron looks each minute, on the minute, for reminders due within the next one.
    const tick = Math.ceil((Date.now() + 10_000) / 60_000) * 60_000;
    const title = `remind-${randomBytes(3).toString('hex')}`;
    const task = await http(t.host, `/api/v1/projects/${projects[0]}/tasks`, {
      method: 'PUT',
      hostHeader: SERVER_NAME,
      headers: bearer(user),
      body: { title, reminders: [{ reminder: new Date(tick + 30_000).toISOString() }] },
    });
    expect(task.status, task.body).toBe(201);
    await new Promise((done) => setTimeout(done, tick + 20_000 - Date.now()));
    const mails = await attach(LAB_N).script(
      `grep -l -F ${JSON.stringify(title)} ${SINK_DIR}/*.eml 2>/dev/null | wc -l; systemctl show -p MainPID ` +
        `--value slotflip-${INSTANCE}-api@green | xargs ps -o stat= -p`,
    );
    const [count, greenState] = mails.stdout
      .trim()
      .split('\n')
      .map((l) => l.trim());
    console.log(
      `reminder due ${new Date(tick + 30_000).toISOString()} while the green slot was warm (${greenState}): ` +
        `${count} mail(s) in the sink`,
    );
    expect(greenState![0]).toBe('T');
    expect(count).toBe('1');
  });
  it('backs up the Vikunja instance (encrypted) and restores the backup in a drill', async () => {
    // Every table compared, the live database untouched.
    const before = await sql('SELECT count(*) FROM tasks');
    const b = await slotflip(['backup', '--env', envFile, '--secrets-dir', secrets]);
    expect(b.code, b.stderr).toBe(0);
    const d = await slotflip(['restore', '--env', envFile, '--from', 'latest', '--drill', '--secrets-dir', secrets]);
    console.log(`real Vikunja backup: ${b.ms} ms; restore drill: ${d.ms} ms (${before} tasks)`);
    expect(d.code, d.stderr).toBe(0);
    // Each of Vikunja's tables compared by its fingerprint, the tasks with the rows the live database holds.
    const verified = [...d.stderr.matchAll(/verified (\w+): (\d+) rows/g)].map((m) => [m[1], m[2]]);
    const tables = await sql(`SELECT count(*) FROM pg_tables WHERE schemaname = 'public'`);
    expect(String(verified.length)).toBe(tables);
    expect(verified).toContainEqual(['tasks', before]);
    expect(await sql('SELECT count(*) FROM tasks')).toBe(before);
    expect(await sql(`SELECT count(*) FROM pg_database WHERE datname LIKE '${DB}%' AND datname <> '${DB}'`)).toBe('0');
  });

  it('rotate app-secret: a token signed with the old secret is refused', async () => {
    // …and a browser's session refreshes from its cookie (it is not signed by the secret).
    // A user signed in through nginx as the web app does: the login answers a short token and sets the refresh cookie.
    const who = `rotate${randomBytes(4).toString('hex')}`;
    const session = (step: string) =>
      attach(LAB_N).script(`set -e
cd /tmp; H='Host: ${SERVER_NAME}'; J='Content-Type: application/json'; B=http://127.0.0.1
${step}`);
    const signIn = await session(`curl -s -o /dev/null -w '%{http_code} ' -H "$H" -H "$J" \
  -d '{"username":"${who}","email":"${who}@slotflip.invalid","password":"Rotate-${who}-pass"}' $B/api/v1/register
curl -s -c ${who}.jar -H "$H" -H "$J" -d '{"username":"${who}","password":"Rotate-${who}-pass"}' $B/api/v1/login |
  sed -n 's/.*"token":"\\([^"]*\\)".*/\\1/p' > ${who}.token
curl -s -o /dev/null -w '%{http_code}' -H "$H" -H "Authorization: Bearer $(cat ${who}.token)" $B/api/v1/user`);
    expect(signIn.stdout, signIn.stderr).toBe('200 200');
    const r = await slotflip(['rotate', 'app-secret', '--env', envFile, '--secrets-dir', secrets]);
    expect(r.code, r.stderr).toBe(0);
    const after =
      await session(`curl -s -o /dev/null -w '%{http_code} ' -H "$H" -H "Authorization: Bearer $(cat ${who}.token)" \
  $B/api/v1/user
curl -s -b ${who}.jar -c ${who}.jar -X POST -H "$H" $B/api/v1/user/token/refresh |
  sed -n 's/.*"token":"\\([^"]*\\)".*/\\1/p' > ${who}.token2
curl -s -o /dev/null -w '%{http_code}' -H "$H" -H "Authorization: Bearer $(cat ${who}.token2)" $B/api/v1/user
rm -f ${who}.jar ${who}.token ${who}.token2`);
    console.log(
      `rotate app-secret on real Vikunja: ${r.ms} ms; the old token then answered ` +
        `${after.stdout.split(' ')[0]}, a refreshed one ${after.stdout.split(' ')[1]}`,
    );
    expect(after.stdout).toBe('401 200');
  });

  afterAll(async () => {
    await releases?.close();
    signer?.stop();
    await attach(LAB_N).script(`${untrustCa}
systemctl stop slotflip-test-smtp-sink 2>/dev/null || true; rm -rf ${SINK_DIR}
${resetInstanceScript(INSTANCE)}
runuser -u postgres -- psql -q -c 'DROP DATABASE IF EXISTS ${DB}' -c 'DROP ROLE IF EXISTS ${DB}'`);
  });

  it('serves through nginx as the release it is, and runs with the signal and files the preset sets', async () => {
    const info = await http(t.host, '/api/v1/info', { hostHeader: SERVER_NAME });
    expect(info.status).toBe(200);
    expect(JSON.parse(info.body).version).toBe('v2.5.0');
    const front = await http(t.host, '/', { hostHeader: SERVER_NAME });
    expect(front.status).toBe(200);
    expect(front.body).toContain('<div id="app"');
    const facts = await attach(LAB_N).script(`systemctl show -p KillSignal --value slotflip-${INSTANCE}-api@blue
stat -c '%U:%G %a' /opt/slotflip/${INSTANCE}/shared/config.yml`);
    expect(facts.stdout.trim().split('\n')).toEqual(['2', 'root:vikunja 640']);
  });
});
