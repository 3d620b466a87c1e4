import type { Finding } from '../../report/finding.js';
import { at, instancesOf, isRecord, type Rule } from './rule.js';

// nginx refuses to start with `ssl` and no certificate; catch it in the pull request instead of on the host.
export const tlsNeedsFiles: Rule = (files) => {
  const findings: Finding[] = [];
  for (const ref of instancesOf(files)) {
    const tls = isRecord(ref.inst.nginx) && isRecord(ref.inst.nginx.tls) ? ref.inst.nginx.tls : undefined;
    if (!tls || tls.enabled !== true) continue;
    for (const key of ['certificate', 'key'] as const) {
      if (tls[key] === undefined) {
        findings.push(
          at(
            ref.parsed,
            [...ref.path, 'nginx', 'tls'],
            'error',
            'tls-files',
            `TLS is enabled but nginx.tls.${key} is missing: give the absolute path of the ` +
              `${key === 'key' ? 'private key' : 'certificate (full chain)'} file on the target`,
          ),
        );
      }
    }
  }
  return findings;
};
