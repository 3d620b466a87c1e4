import { layout, SLOTS, type Slot } from '../shell/layout.js';
import { keyValues } from './values.js';
import type { ProbeOutput } from '../facts/probe-output.js';
import { fail, ok, warn, type DoctorRow, type Verdict } from './rows.js';

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
