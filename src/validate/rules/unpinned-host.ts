import type { Finding } from '../../report/finding.js';
import { at, instancesOf, isRecord, type Rule } from './rule.js';

// An instance slotflip provisions may be committed before its container exists, so before its host key can be known:
// the schema lets it through, and this says in the pull request that deploys refuse it until the key is pinned.
export const unpinnedHost: Rule = (files) => {
  const findings: Finding[] = [];
  for (const ref of instancesOf(files)) {
    const target = isRecord(ref.inst.target) ? ref.inst.target : undefined;
    if (!isRecord(ref.inst.container) || target?.transport !== 'ssh' || target.host_keys !== undefined) continue;
    findings.push(
      at(
        ref.parsed,
        [...ref.path, 'target'],
        'warning',
        'unpinned-host',
        `${ref.id} pins no host key: deploys refuse to connect until target.host_keys holds the container's ` +
          `fingerprint, which \`slotflip provision\` prints`,
        'key',
      ),
    );
  }
  return findings;
};
