import type { Instance } from '../config/environment.generated.js';
import { layout, SLOTS, type Layout } from '../shell/layout.js';
import { quote } from '../shell/quote.js';
import { watchUnit } from './watch.js';

/** What slotflip itself keeps on the host, as tagged lines: read by both `status` and `doctor`. */
export function bookkeepingLines(l: Layout): string[] {
  return [
    `echo "@state $(tr -d '\\n' < ${quote(l.state)} 2>/dev/null || echo null)"`,
    `echo "@lock $(cat ${quote(`${l.lock}/owner`)} 2>/dev/null || echo null)"`,
    `echo "@maintenance $(test -e ${quote(l.maintenanceFlag)} && echo on || echo off)"`,
    `for f in ${quote(l.backups)}/*.manifest.json; do [ -e "$f" ] && echo "@archive $(tr -d '\\n' < "$f")"; done; true`,
  ];
}

/** One read-only script that gathers everything `status` shows, as tagged lines (parsed in commands/status.ts). */
export function statusScript(inst: Instance): string {
  const l = layout(inst.id);
  const lines = [
    ...bookkeepingLines(l),
    `echo "@disk $(df --output=pcent,avail -B1 /opt | tail -1 | tr -d '%')"`,
    `echo "@mem $(awk '/^MemTotal:/ {t=$2} /^MemAvailable:/ {a=$2} END {print int(t/1024), int(a/1024)}' ` +
      `/proc/meminfo)"`,
    // The host's watch of the last flip (host/watch.ts): its unit's state, then what it wrote.
    `echo "@watch $(systemctl is-active ${quote(watchUnit(inst.id))} 2>/dev/null || true) $(tr -d '\\n' < ` +
      `${quote(`${l.root}/watch.json`)} 2>/dev/null || echo null)"`,
    `echo "@journal $(tail -n 400 ${quote(l.journal)} 2>/dev/null | tr '\\n' '\\036')"`,
  ];
  // One word per field: a stopped unit's MemoryCurrent is "[not set]", which would split the line (it becomes "-").
  for (const [name, c] of Object.entries(inst.app.components)) {
    if (!c) continue;
    for (const slot of SLOTS) {
      const unit = `${l.unit(name)}${slot}`;
      const probe =
        c.listen.type === 'unix'
          ? `curl -s -o /dev/null -w '%{http_code}' --max-time 2 --unix-socket ` +
            `${quote(l.socket(name, slot))} http://localhost/health 2>/dev/null || true`
          : `curl -s -o /dev/null -w '%{http_code}' --max-time 2 ` +
            `http://127.0.0.1:${slot === 'blue' ? c.listen.blue : c.listen.green}/health 2>/dev/null || true`;
      lines.push(
        `echo "@unit ${name} ${slot} $(systemctl show -p ActiveState --value ${quote(unit)}) $(systemctl ` +
          (`show -p ActiveEnterTimestamp --value ${quote(unit)} | xargs -r -I{} date -d {} +%s || echo 0) ` +
            `$(systemctl ` +
            `show -p MemoryCurrent --value ${quote(unit)} | tr -c '0-9\\n' '-' | sed 's/^-*$/-/') $(${probe})"`),
      );
    }
  }
  return lines.join('\n');
}
