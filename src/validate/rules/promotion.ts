import type { Finding } from '../../report/finding.js';
import { at, instancesOf, isRecord, type Loose, type Rule } from './rule.js';

// `promote_from: staging` makes an environment deploy only what the other one pins: each instance's release (version
// and sha256) must be pinned by an instance of the same app there. Production then gets the exact archive staging
// ran, byte for byte; the deploy workflow deploys promoted environments after the others (deploy.yml).
const release = (inst: Loose) => {
  const app = isRecord(inst.app) ? inst.app : {};
  const r = isRecord(app.release) ? app.release : {};
  return { app: String(app.name ?? ''), version: String(r.version ?? ''), sha256: String(r.sha256 ?? '') };
};

export const promotedReleases: Rule = (files, ctx) => {
  const findings: Finding[] = [];
  const all = instancesOf([...files, ...(ctx.context ?? [])]);
  for (const parsed of files) {
    const from = isRecord(parsed.data) ? parsed.data.promote_from : undefined;
    if (typeof from !== 'string') continue;
    const source = [...files, ...(ctx.context ?? [])].find((f) => isRecord(f.data) && f.data.environment === from);
    if (!source) {
      findings.push(
        at(
          parsed,
          ['promote_from'],
          'error',
          'promotion',
          `environment "${from}" is neither among the files validated with this one nor in ${from}.yaml ` +
            `beside it: add ${from}.yaml there, or validate the folder that holds it`,
        ),
      );
      continue;
    }
    const pinned = all.filter((r) => r.parsed === source).map((r) => release(r.inst));
    for (const ref of all.filter((r) => r.parsed === parsed)) {
      const mine = release(ref.inst);
      if (pinned.some((p) => p.app === mine.app && p.version === mine.version && p.sha256 === mine.sha256)) continue;
      const there = pinned
        .filter((p) => p.app === mine.app)
        .map((p) => `${p.version} (sha256 ${p.sha256.slice(0, 12)}…)`);
      findings.push(
        at(
          parsed,
          [...ref.path, 'app', 'release'],
          'error',
          'promotion',
          `${ref.id}: release ${mine.version} (sha256 ${mine.sha256.slice(0, 12)}…) is not what ${from} ` +
            (`runs${there.length ? `: ${from} pins ${there.join(', ')}` : `: ${from} has no ${mine.app} instance`}; ` +
              `deploy it to ${from} first, then pin the same version and sha256 here`),
        ),
      );
    }
  }
  return findings;
};
