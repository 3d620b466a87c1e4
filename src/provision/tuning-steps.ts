import type { Instance } from '../config/environment.generated.js';
import { quote, retryUntil } from '../shell/quote.js';
import type { TuningFiles } from '../render/tuning-files.js';
import type { ContainerWork } from './container-work.js';
import { type ContainerFacts, FIND_PG_CONF, PATHS, sha256 } from './facts.js';
import { provisionStep as step } from './step.js';

// The tuning files (database.tune, redis.tune), each written only when it differs. PostgreSQL's own parser checks the
// new file before it takes effect (`postgres -C` reads the configuration as a start would; pg_file_settings cannot
// tell a bad value from a setting that waits for a restart), so a bad value never reaches a restart. A container with
// nothing deployed is restarted at once; a serving one only reloads and is told which settings wait for a restart.
// Redis applies each line live (CONFIG SET): a restart would cut the app's connections.

const STAGED = '/root/.slotflip-provision-tuning.conf';
const psql = (sql: string) => `runuser -u postgres -- psql -d postgres -v ON_ERROR_STOP=1 -Atqc ${quote(sql)}`;

export function tuningWork(inst: Instance, facts: ContainerFacts, files: TuningFiles, out: ContainerWork): void {
  if (files.postgres !== undefined) postgresTuningWork(files.postgres, facts, out);
  if (files.redis !== undefined) redisTuningWork(files.redis, facts, out);
  if (inst.database?.tune && facts.pendingRestart.length && facts.deployed) {
    out.left.push(
      `PostgreSQL: ${facts.pendingRestart.join(', ')} wait for a restart, which would cut the app's ` +
        `connections: \`systemctl restart postgresql\` in a quiet moment`,
    );
  }
}

function postgresTuningWork(content: string, facts: ContainerFacts, out: ContainerWork): void {
  if (facts.tuning.postgres === sha256(content)) return;
  out.changes.push(
    facts.tuning.postgres === 'none'
      ? 'no PostgreSQL tuning file'
      : 'the PostgreSQL tuning file differs from the one rendered',
  );
  const takeEffect = facts.deployed
    ? `${psql('select pg_reload_conf()')} >/dev/null
sleep 1
waiting=$(${psql("select string_agg(name, ', ') from pg_settings where pending_restart")})
[ -z "$waiting" ] ||
  echo "PostgreSQL reloaded; waiting for a restart (the app is serving, so provision does not restart it): $waiting"`
    : `if ! systemctl restart postgresql; then
  echo "PostgreSQL did not start with the tuning file: the previous settings are put back" >&2
  if [ -f "$file.previous" ]; then mv "$file.previous" "$file"; else rm -f "$file"; fi
  systemctl restart postgresql; exit 1
fi
${retryUntil(`${psql('select 1')} >/dev/null 2>&1`, 50, '0.2', 'PostgreSQL does not answer after its restart')}`;
  out.steps.push(
    step(
      'postgres-tuning',
      `PostgreSQL tuning ` +
        `(${facts.deployed ? 'reload; restart-only settings wait' : 'restart: nothing is deployed yet'})`,
      [
        { kind: 'write', path: STAGED, content, mode: '0644', secret: false },
        {
          kind: 'sh',
          note:
            '`postgres -C` reads the configuration as a start would: an unknown name or a bad value is ' +
            'refused before anything takes effect',
          text: `${FIND_PG_CONF}
[ -n "$pgconf" ] || { echo "no PostgreSQL cluster configuration (/etc/postgresql/*/main/conf.d)" >&2; exit 1; }
file="$pgconf/${PATHS.pgTuningName}"; main=$(dirname "$pgconf"); ver=$(basename "$(dirname "$main")")
rm -f "$file.previous"; if [ -f "$file" ]; then cp -p "$file" "$file.previous"; fi
install -m 0644 -o postgres -g postgres ${STAGED} "$file"; rm -f ${STAGED}
# What a start would do with the files as they are now: PostgreSQL's own parser, without touching the running server.
bin="/usr/lib/postgresql/$ver/bin"
bad=$(runuser -u postgres -- "$bin/postgres" -c config_file="$main/postgresql.conf" -C shared_buffers 2>&1 >/dev/null |
  sed -n 's/^.* \\(LOG\\|FATAL\\|ERROR\\): *//p' | paste -sd';' -)
if [ -n "$bad" ]; then
  if [ -f "$file.previous" ]; then mv "$file.previous" "$file"; else rm -f "$file"; fi
  echo "PostgreSQL refuses the tuning file, nothing changed: $bad" >&2; exit 1
fi
${takeEffect}
rm -f "$file.previous"`,
        },
      ],
      120_000,
    ),
  );
}

function redisTuningWork(content: string, facts: ContainerFacts, out: ContainerWork): void {
  if (facts.tuning.redis === sha256(content)) return;
  out.changes.push(
    facts.tuning.redis === 'none' ? 'no Redis tuning file' : 'the Redis tuning file differs from the one rendered',
  );
  const include = `include ${PATHS.redisTuning}`;
  out.steps.push(
    step('redis-tuning', 'Redis tuning, applied live', [
      { kind: 'write', path: PATHS.redisTuning, content, mode: '0640', secret: false },
      {
        kind: 'sh',
        note: 'each directive by CONFIG SET, so the app keeps its Redis; the include makes them last across restarts',
        text: `chown redis:redis ${PATHS.redisTuning}
conf=${PATHS.redisConf}
pw=$(sed -n 's/^requirepass //p' "$conf" | head -1)
while read -r key value; do
  case "$key" in ''|'#'*) continue ;; esac
  got=$(REDISCLI_AUTH="$pw" redis-cli --no-auth-warning CONFIG SET "$key" "$value" 2>&1)
  [ "$got" = OK ] || {
    echo "Redis refuses $key $value: $got (redis.conf does not include the file yet, so a restart is unaffected)" >&2
    exit 1
  }
done < ${PATHS.redisTuning}
# Included only once every line was accepted: a line Redis refuses would otherwise stop it at its next start.
grep -qxF ${quote(include)} "$conf" ||
  printf '\\n# slotflip provision: redis.tune\\n%s\\n' ${quote(include)} >> "$conf"`,
      },
    ]),
  );
}
