import { directApp, findLegacySite, listenersScript, withListeners, type LegacySite } from '../adopt/legacy.js';
import { parseNginxDump, upstreamLabel } from '../adopt/nginx-config.js';
import { ExitCode } from '../exit-codes.js';
import { layout } from '../shell/layout.js';
import { buildAdoptPlan } from '../plan/adopt-plan.js';
import { formatPlan, masker } from '../plan/format.js';
import { connectTarget } from '../transport/connect.js';
import { exitCodeFor, type VerbOptions, type VerbResult } from '../session/verb.js';
import { prepare } from '../session/prepare.js';
import { newRunId, owner, readHostWhenFree } from '../session/run-context.js';
import { dryRunResult, runWithProgress } from '../session/plan-run.js';

export type AdoptOptions = VerbOptions;

const refused = (summary: string): VerbResult => ({ exitCode: ExitCode.preflight, summary });

/** What adopt found, one line per component, for the operator to check before anything changes. */
export function describeFound(site: LegacySite): string[] {
  return [
    site.file
      ? `found: ${site.names.join(' ')} served by ${site.file}`
      : `found: no nginx in front; the app listens on port ${site.direct?.port} itself`,
    ...site.components.map(
      (c) =>
        `found: ${c.component} -> ${upstreamLabel(c.upstream)}, listened on by ` +
        `${c.unit ?? 'no unit'}${c.version ? `, reporting release ${c.version}` : ''}`,
    ),
  ];
}

/**
 * `slotflip adopt`: an instance installed by hand (or by the seed's scripts) becomes slotflip's without a restart.
 * Read what runs (nginx -T, the listening sockets and their units, the version the app reports), then put slotflip's
 * site in front of it and record it; the next deploy moves it into slotflip's slots.
 */
export async function runAdopt(opts: AdoptOptions): Promise<VerbResult> {
  const prepared = await prepare(opts);
  const inst = prepared.instance;
  const mask = masker(Object.values(prepared.secrets));
  const siteFile = prepared.files.find((f) => f.path === layout(inst.id).site);
  if (!siteFile)
    return refused(`${inst.id} renders no nginx site: adopt hands the app's server names over to slotflip's site`);
  const transport = await connectTarget(inst, prepared.secrets);
  try {
    const host = await readHostWhenFree(transport, inst, Date.now() + opts.lockWaitMs, (l) =>
      opts.log(`waiting for the lock: ${mask(l)}`),
    );
    const state = host.recovery.state;
    if (state.active || state.adopted || state.history.length)
      return refused(
        `${inst.id} is already slotflip's on ${transport.label} ` +
          `(${state.adopted ? 'adopted' : `live: ${state.active ?? 'none'}`}): deploy to it instead`,
      );
    const dump = await transport.script('nginx -T 2>/dev/null', { timeoutMs: 30_000 });
    if (dump.code !== 0)
      return refused(
        `nginx -T failed on ${transport.label} (exit ${dump.code}): adopt reads the running configuration ` +
          `from it; fix nginx's configuration first`,
      );
    const inSite = findLegacySite(inst, parseNginxDump(dump.stdout));
    // No site serves the names: the app may listen on the site's port itself (nothing in front of it).
    const found = !inSite.ok && inSite.noSite ? directApp(inst) : inSite;
    if (!found.ok) return refused(found.reason);
    const probe = await transport.script(listenersScript(inst, found.site), { timeoutMs: 60_000 });
    if (probe.code !== 0)
      return refused(probe.stderr.trim() || `reading the listening apps failed (exit ${probe.code})`);
    const site = withListeners(found.site, probe.stdout);
    if (site.direct && !site.components.some((c) => c.unit))
      return refused(
        `${!inSite.ok ? inSite.reason : ''}, and nothing listens on port ${site.direct.port} ` +
          (`(nginx.http_port) but nginx: adopt takes over an app nginx serves, or one that listens on the ` +
            `site's port itself`),
      );
    for (const line of describeFound(site)) opts.log(line);
    const idle = site.components.filter((c) => !c.unit);
    if (idle.length)
      return refused(
        `nothing listens on ${idle.map((c) => upstreamLabel(c.upstream)).join(', ')}: the app is not ` +
          `running, so there is nothing to take over without downtime; start it, or deploy instead`,
      );
    const nginxOwn = site.direct && site.components.find((c) => c.unit === 'nginx.service');
    if (nginxOwn)
      return refused(
        `${!inSite.ok ? inSite.reason : ''}; nginx itself listens on port ${site.direct!.port}, so there is ` +
          `no app there to take over`,
      );
    const sqlite = site.components.filter((c) => c.sqlite?.length);
    if (sqlite.length && inst.database) {
      const files = sqlite.flatMap((c) => c.sqlite!).join(', ');
      return refused(
        `the app keeps its data in SQLite (${files}), not in the environment's PostgreSQL database ` +
          (`${inst.database.name}: a deploy would start the new release on an empty database. Move the data into ` +
            (`${inst.database.name} first (for Vikunja: \`vikunja dump\`, then \`vikunja restore\` with its config ` +
              (`pointing at PostgreSQL; docs/vikunja.md, "Adopting a community-scripts container"), restart ` +
                `the app on it, ` +
                `then adopt`))),
      );
    }
    const run = newRunId();
    const result = buildAdoptPlan({
      run,
      owner: owner(),
      now: new Date().toISOString(),
      instance: inst,
      site,
      siteFile,
      guard: host.guard,
    });
    if (result.kind === 'refused') return refused(result.message);
    const planText = formatPlan(result.plan, Object.values(prepared.secrets));
    if (opts.dryRun) return dryRunResult(result.plan, Object.values(prepared.secrets), `plan to adopt ${inst.id}`);
    const outcome = await runWithProgress(result.plan, transport, opts, mask);
    const units = Object.values(result.adopted.components)
      .map((c) => c.unit)
      .join(', ');
    const summary =
      outcome.kind === 'completed'
        ? `adopted ${inst.id}: slotflip's site serves it, ${units} still runs it; the next deploy moves it ` +
          `into slotflip's slots without downtime`
        : outcome.kind === 'failed'
          ? `adopting failed at "${outcome.step.title}": ` +
            `${mask(outcome.detail)}${
              outcome.undone ? '; the previous site is back and the app was never ' + 'touched' : ''
            }`
          : `locked by ${mask(outcome.kind === 'locked' ? outcome.holder : 'another run')}`;
    return { exitCode: exitCodeFor(outcome), summary, outcome, planText };
  } finally {
    await transport.close();
  }
}
