import { layout, SLOTS, type Slot } from '../shell/layout.js';
import { colonValues, keyValues, type ProbeOutput } from './probe-output.js';
import { fail, LIMITS, ok, warn, type DoctorRow, type Verdict } from './rows.js';

// The services an instance needs: its slots' units, nginx and the route to the live slot, PostgreSQL, Redis.

const byComponentSlot = (lines: string[], name: string, slot: Slot) =>
  lines
    .find((l) => l.startsWith(`${name} ${slot}`))
    ?.slice(name.length + slot.length + 2)
    .trim() ?? '';

function unitRow(p: ProbeOutput, name: string, slot: Slot): DoctorRow {
  const id = p.inst.id;
  const unit = `${layout(id).unit(name)}${slot}`;
  const props = keyValues(byComponentSlot(p.tag('unit'), name, slot));
  const lastExit = byComponentSlot(p.tag('unit-exit'), name, slot);
  const [errCount = '0', ...errLast] = byComponentSlot(p.tag('unit-err'), name, slot).split(' ');
  const live = p.state.active === slot;
  const check = `unit ${name}@${slot}`;
  const state = `${props.ActiveState ?? 'unknown'} (${props.SubState ?? '?'})`;
  const journal = `journalctl -u ${unit} -n 50`;
  const problems: Array<{ verdict: Verdict; detail: string; remedy: string }> = [];
  // A running unit has not been killed since it started: its last exit is history.
  if (props.ActiveState !== 'active' && lastExit.includes('status=31/SYS')) {
    problems.push({
      verdict: 'FAIL',
      detail: 'killed by a system call its sandbox blocks (status=31/SYS) when it last ran',
      remedy:
        `systemd's hardening stops a call the app needs: find SystemCallFilter in the unit or a ` +
        `drop-in (systemctl cat ${unit}) and allow the call's group; ${journal} shows when`,
    });
  }
  if (live && props.ActiveState !== 'active') {
    problems.push({
      verdict: 'FAIL',
      detail: `the live slot is ${state}${lastExit ? `: ${lastExit}` : ''}`,
      remedy: `${journal} says why; \`slotflip rollback --env FILE\` goes back to the previous release`,
    });
  } else if (props.ActiveState === 'failed') {
    problems.push({
      verdict: 'FAIL',
      detail: `failed${lastExit ? `: ${lastExit}` : ''}`,
      remedy:
        `${journal} says why; after fixing, systemctl reset-failed ${unit} (the next deploy starts ` +
        `this slot again)`,
    });
  }
  const restarts = Number(props.NRestarts) || 0;
  if (live && restarts > 0)
    problems.push({
      verdict: 'WARN',
      detail: `restarted ${restarts === 1 ? 'once' : `${restarts} times`}${lastExit ? `; last: ${lastExit}` : ''}`,
      remedy: `${journal} shows each exit`,
    });
  if (live && Number(errCount) > 0)
    problems.push({
      verdict: 'WARN',
      detail: `${errCount} error lines since it started (at most the last hour); last: ${errLast.join(' ')}`,
      remedy: `journalctl -u ${unit} -p err --since -1h (counted since it started, at most an hour)`,
    });
  if (!problems.length) {
    const what =
      props.ActiveState === 'active'
        ? live
          ? 'running, live'
          : 'running, idle (warm for a rollback)'
        : live
          ? state
          : 'stopped (idle)';
    return ok(id, check, what);
  }
  const verdict: Verdict = problems.some((x) => x.verdict === 'FAIL') ? 'FAIL' : 'WARN';
  return {
    instance: id,
    check,
    verdict,
    detail: problems.map((x) => x.detail).join('; '),
    remedy: problems.find((x) => x.verdict === verdict)!.remedy,
  };
}

export function unitRows(p: ProbeOutput): DoctorRow[] {
  const adopted = p.state.adopted;
  if (!p.state.active && adopted) {
    const units = Object.values(adopted.components)
      .map((c) => c.unit ?? c.upstream)
      .join(', ');
    const port = adopted.handoff
      ? `; port ${adopted.handoff.port} reaches it through nginx on ${adopted.handoff.via} (a redirect), ` +
        `until that deploy hands the port to nginx`
      : '';
    return [
      ok(
        p.inst.id,
        'units',
        `adopted: ${units} serves it (release ${adopted.version ?? 'unknown'}) until the next deploy moves ` +
          `it into slotflip's slots${port}`,
      ),
    ];
  }
  if (!p.state.active)
    return [warn(p.inst.id, 'units', 'not deployed yet: no live slot', 'run `slotflip deploy --env FILE`')];
  return Object.keys(p.inst.app.components).flatMap((name) => SLOTS.map((slot) => unitRow(p, name, slot)));
}

export function nginxRows(p: ProbeOutput): DoctorRow[] {
  const id = p.inst.id;
  const l = layout(id);
  if (!p.inst.nginx) return [];
  const rows: DoctorRow[] = [];
  const active = p.first('nginx-active');
  if (active !== 'active')
    rows.push(
      fail(
        id,
        'nginx',
        `nginx is ${active || 'not running'}: nothing reaches the app`,
        'systemctl start nginx (journalctl -u nginx says why it stopped)',
      ),
    );
  const [rc = '1', ...said] = p.first('nginx-t').split(' ');
  if (rc !== '0')
    rows.push(
      fail(
        id,
        'nginx -t',
        said.join(' ') || 'the configuration test failed',
        `fix the file nginx names; a hand edit of ${l.site} is undone by the next deploy, which renders it again`,
      ),
    );
  else if (active === 'active') rows.push(ok(id, 'nginx', 'running, configuration test passes'));
  const code = p.first('nginx-live');
  if (p.state.active && code) {
    rows.push(
      /^2\d\d$/.test(code)
        ? ok(id, 'live route', `the health path answers ${code} through nginx`)
        : fail(
            id,
            'live route',
            `the health path answers ${code === '000' ? 'nothing' : code} through nginx`,
            "users cannot reach the app: see the nginx and unit rows above; `slotflip status` shows each slot's health",
          ),
    );
  }
  for (const line of p.tag('socket')) {
    const [name, target] = line.split(' ');
    const want = p.state.active ? l.socket(name!, p.state.active) : '';
    if (want && target !== want)
      rows.push(
        fail(
          id,
          `route ${name}`,
          `nginx's socket link points to ${target}, not the live ${p.state.active} slot`,
          `\`slotflip rollback --env FILE\` or the next deploy points it again; \`slotflip status\` shows ` +
            `which slot is healthy`,
        ),
      );
  }
  return rows;
}

export function postgresRows(p: ProbeOutput): DoctorRow[] {
  const db = p.inst.database;
  if (!db) return [];
  const id = p.inst.id;
  const where = `${db.host}:${db.port}`;
  if (p.first('pg-ready') !== '0')
    return [
      fail(
        id,
        'postgresql',
        `${where} does not accept connections`,
        `start PostgreSQL on ${db.host} (systemctl status postgresql; its log says why it stopped); the app ` +
          `fails its health checks until then`,
      ),
    ];
  const fields = p.first('pg').split(/\s+/);
  const [max, reserved, used, hit, read, idle, idleTx] = fields.map(Number);
  if (![max, reserved, used, hit, read, idle, idleTx].every(Number.isFinite)) {
    return [
      fail(
        id,
        'postgresql',
        `cannot query ${db.name} as ${db.user}: ${p.first('pg').slice(0, 200)}`,
        `check the role's password (database.password_secret) and pg_hba.conf on ${db.host}`,
      ),
    ];
  }
  const rows: DoctorRow[] = [];
  const room = max! - reserved!;
  const detail =
    `${used} of ${room} connections in use (max_connections ${max}, ${reserved} reserved), ` +
    `PostgreSQL ${fields[7] ?? '?'}`;
  const remedy =
    'a pool that leaks or too many apps on one server: lower database.pool, stop idle clients, or raise ' +
    'max_connections';
  rows.push(
    used! >= room * LIMITS.connectionsFailRatio
      ? fail(id, 'connections', detail, remedy)
      : used! >= room * LIMITS.connectionsWarnRatio
        ? warn(id, 'connections', detail, remedy)
        : ok(id, 'connections', detail),
  );
  const blocks = hit! + read!;
  const ratio = blocks ? hit! / blocks : 1;
  const cache = `cache hit ratio ${(ratio * 100).toFixed(1)}% over ${blocks} block reads`;
  rows.push(
    blocks >= LIMITS.cacheMinBlocks && ratio < LIMITS.cacheHitWarn
      ? warn(
          id,
          'cache',
          cache,
          'shared_buffers is small for the working set: raise it (a quarter of the memory is the usual start)',
        )
      : ok(id, 'cache', blocks < LIMITS.cacheMinBlocks ? `${cache} (too few to judge)` : cache),
  );
  if (idle! > 0 || idleTx! > 0) {
    rows.push(
      warn(
        id,
        'idle sessions',
        `${db.user}: ${idle} idle over 30 min, ${idleTx} idle in a transaction over 5 min`,
        'a client holds connections it does not use; idle_in_transaction_session_timeout ends the second ' +
          ("kind; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE state = 'idle' AND " +
            'state_change < now() ' +
            "- interval '30 min' ends the first"),
      ),
    );
  } else rows.push(ok(id, 'idle sessions', `${db.user}: none idle over 30 min`));
  return rows;
}

export function redisRows(p: ProbeOutput): DoctorRow[] {
  const r = p.inst.redis;
  if (!r) return [];
  const id = p.inst.id;
  const pong = p.first('redis-ping');
  if (pong !== 'PONG')
    return [
      fail(
        id,
        'redis',
        `${r.host}:${r.port} does not answer PING${pong ? `: ${pong.slice(0, 120)}` : ''}`,
        `start Redis on ${r.host} (systemctl status redis-server); if it answers NOAUTH or WRONGPASS, check ` +
          `redis.password_secret`,
      ),
    ];
  const info = colonValues(p.first('redis-info'));
  const used = Number(info.used_memory) || 0;
  const max = Number(info.maxmemory) || 0;
  const evicted = Number(info.evicted_keys) || 0;
  const mb = (b: number) => `${(b / 1048576).toFixed(1)} MiB`;
  const rows = [
    ok(
      id,
      'redis',
      `answers PING, ${mb(used)} used${max ? ` of ${mb(max)}` : ''}, policy ${info.maxmemory_policy ?? '?'}`,
    ),
  ];
  if (!max)
    rows.push(
      warn(
        id,
        'redis memory',
        'no maxmemory: Redis grows until the container runs out of memory',
        'set maxmemory and maxmemory-policy allkeys-lru in redis.conf (a cache may drop keys; the app may not)',
      ),
    );
  else if (used > max * LIMITS.redisMemoryWarnRatio)
    rows.push(
      warn(id, 'redis memory', `${mb(used)} of ${mb(max)} maxmemory`, 'raise maxmemory or look for keys without a TTL'),
    );
  if (evicted > 0)
    rows.push(
      warn(
        id,
        'redis evictions',
        `${evicted} keys evicted since Redis started (policy ${info.maxmemory_policy})`,
        'the cache is smaller than what the app keeps: raise maxmemory',
      ),
    );
  return rows;
}
