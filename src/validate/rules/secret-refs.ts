import type { Finding } from '../../report/finding.js';
import { configSecrets } from '../../presets/config-walk.js';
import { isSecretName, SECRET_NAME_RULE } from '../../secrets/name.js';
import { at, instancesOf, isRecord, type Rule } from './rule.js';

// The schema constrains every *_secret field; app.config is free-form (the app's own settings), so its
// { secret: NAME } references are held to the same pattern here. A name like "../id_ed25519" would otherwise be joined
// to the secrets directory and ship whatever file it reaches into the host's app.env.
export const secretReferenceNames: Rule = (files) => {
  const findings: Finding[] = [];
  for (const ref of instancesOf(files)) {
    const app = isRecord(ref.inst.app) ? ref.inst.app : undefined;
    if (!app) continue;
    for (const s of configSecrets(app.config)) {
      if (isSecretName(s.name)) continue;
      findings.push(
        at(
          ref.parsed,
          [...ref.path, 'app', 'config', ...s.written, 'secret'],
          'error',
          'secret-name',
          `${JSON.stringify(s.name)} is not a secret's name: write ${SECRET_NAME_RULE} (slotflip reads ` +
            `SLOTFLIP_SECRET_<NAME> or <secrets-dir>/<NAME>, never a path)`,
        ),
      );
    }
  }
  return findings;
};
