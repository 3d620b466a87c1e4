import type { Instance } from '../config/environment.generated.js';
import { throughNginx, versionProbe } from './health.js';
import { layout, SLOTS } from '../shell/layout.js';
import { quote } from '../shell/quote.js';
import { bookkeepingLines } from './status.js';

// What `slotflip doctor` reads on the host, in one read-only script: every line is `@tag value`, parsed in
// doctor/evaluate.ts. Nothing here writes, restarts or takes the lock: doctor may run while a deploy is in progress.
// Each probe has its own time limit so one hung service cannot hang the diagnosis of the others.

/** PostgreSQL, as the app's own role through slotflip's pgpass (the admin credential is for restores only). */
function postgresProbe(inst: Instance): string[] {
  const db = inst.database;
  if (!db) return [];
  const l = layout(inst.id);
  const psql =
    `PGPASSFILE=${quote(l.pgpass)} PGCONNECT_TIMEOUT=5 timeout 10 psql -At -F ' ' -h ` +
    `${quote(db.host)} -p ${db.port} -U ${quote(db.user)} -d ${quote(db.name)} --no-password`;
  // Sessions of other roles show a NULL state to a role without pg_read_all_stats: idle counts are the app's own.
  const sql = `SELECT current_setting('max_connections'), current_setting('superuser_reserved_connections'),
  (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'),
  (SELECT coalesce(sum(blks_hit), 0) || ' ' || coalesce(sum(blks_read), 0) FROM pg_stat_database),
  (SELECT count(*) FROM pg_stat_activity
    WHERE usename = current_user AND state = 'idle' AND state_change < now() - interval '30 minutes'),
  (SELECT count(*) FROM pg_stat_activity
    WHERE usename = current_user AND state LIKE 'idle in transaction%' AND state_change < now() - interval '5 minutes'),
  current_setting('server_version')`;
  return [
    `echo "@pg-ready $(pg_isready -t 5 -h ${quote(db.host)} -p ${db.port} >/dev/null 2>&1; echo $?)"`,
    `echo "@pg $(${psql} -c ${quote(sql.replace(/\n\s*/g, ' '))} 2>&1 | tr '\\n' ' ')"`,
  ];
}

function redisProbe(inst: Instance): string[] {
  const r = inst.redis;
  if (!r) return [];
  const l = layout(inst.id);
  const cli =
    `REDISCLI_AUTH="$(cat ${quote(`${l.shared}/redis.pass`)} 2>/dev/null)" timeout 5 redis-cli ` +
    `--no-auth-warning -h ${quote(r.host)} -p ${r.port}`;
  return [
    `echo "@redis-ping $(${cli} ping 2>&1 | head -1)"`,
    `echo "@redis-info $(${cli} info 2>/dev/null | grep -E ` +
      `'^(used_memory|maxmemory|maxmemory_policy|evicted_keys):' | tr -d '\\r' | tr '\\n' ' ')"`,
  ];
}

function unitProbe(inst: Instance): string[] {
  const l = layout(inst.id);
  const lines: string[] = [];
  for (const name of Object.keys(inst.app.components)) {
    for (const slot of SLOTS) {
      const unit = quote(`${l.unit(name)}${slot}.service`);
      const props =
        `systemctl show -p ActiveState,SubState,NRestarts,Result,ExecMainCode,ExecMainStatus ` +
        `${unit} | tr '\\n' ' '`;
      lines.push(
        `echo "@unit ${name} ${slot} $(${props})"`,
        // How it last stopped, in systemd's own words ("status=31/SYS" is a syscall its hardening blocked).
        `echo "@unit-exit ${name} ${slot} $(journalctl -q -u ${unit} --since '-24h' -o cat 2>/dev/null | ` +
          `grep -E 'Main process exited|Deactivated successfully' | tail -1)"`,
        // Error lines since the unit last started (at most the last hour): an earlier run's errors are not this one's.
        `t=$(systemctl show -p ActiveEnterTimestamp --value ${unit}); since=0; [ -z "$t" ] || since=$(date ` +
          `-d "$t" +%s 2>/dev/null || echo 0); hour=$(($(date +%s) - 3600)); [ "$since" -gt "$hour" ] || since=$hour`,
        `echo "@unit-err ${name} ${slot} $(journalctl -q -u ${unit} --since "@$since" -p err -o cat ` +
          `2>/dev/null | wc -l) $(journalctl -q -u ${unit} --since "@$since" -p err -o cat 2>/dev/null | tail -1)"`,
      );
    }
    if (inst.app.components[name]?.listen.type === 'unix')
      lines.push(`echo "@socket ${name} $(readlink ${quote(l.currentSocket(name))} || echo none)"`);
  }
  return lines;
}

function nginxProbe(inst: Instance): string[] {
  if (!inst.nginx) return [];
  const probe = versionProbe(inst);
  const via = throughNginx(inst, probe?.type === 'http' ? (probe.path ?? '/') : '/');
  return [
    `echo "@nginx-active $(systemctl is-active nginx)"`,
    `echo "@nginx-t $(out=$(timeout 10 nginx -t 2>&1); echo "$? $(printf '%s' "$out" | grep -v 'syntax is ` +
      `ok' | head -1)")"`,
    via ? `echo "@nginx-live $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 ${via.curl} || true)"` : '',
  ].filter(Boolean);
}

export function doctorScript(inst: Instance): string {
  const l = layout(inst.id);
  return [
    `echo "@now $(date +%s)"`,
    ...bookkeepingLines(l),
    // The instance's root and its backups (a separate mount on many hosts): one line per distinct filesystem.
    `for d in ${quote(l.root)} ${quote(l.backups)}; do [ -d "$d" ] || d=/opt; echo "@disk $(df ` +
      `--output=target,pcent,avail -B1 "$d" | tail -1 | tr -d '%')"; done | sort -u`,
    ...unitProbe(inst),
    ...nginxProbe(inst),
    ...postgresProbe(inst),
    ...redisProbe(inst),
  ].join('\n');
}
