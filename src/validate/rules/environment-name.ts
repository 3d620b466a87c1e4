import { basename } from 'node:path';
import type { Finding } from '../../report/finding.js';
import { at, isRecord, type Rule } from './rule.js';

// Workflows find an environment by its file name; a file that says another name is usually a copy-paste slip.
export const environmentMatchesFile: Rule = (files) => {
  const findings: Finding[] = [];
  const seen = new Map<string, string>();
  for (const parsed of files) {
    const name = isRecord(parsed.data) ? parsed.data.environment : undefined;
    if (typeof name !== 'string') continue;
    const stem = basename(parsed.file).replace(/\.ya?ml$/, '');
    if (stem !== name)
      findings.push(
        at(
          parsed,
          ['environment'],
          'warning',
          'environment-name',
          `environment "${name}" is in a file named ${basename(parsed.file)}; name the file ${name}.yaml so ` +
            `workflows find it`,
        ),
      );
    const prior = seen.get(name);
    if (prior)
      findings.push(
        at(
          parsed,
          ['environment'],
          'error',
          'duplicate-environment',
          `environment "${name}" is also defined in ${prior}`,
        ),
      );
    else seen.set(name, parsed.file);
  }
  return findings;
};
