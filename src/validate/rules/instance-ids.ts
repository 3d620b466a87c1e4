import { at, instancesOf, where, type InstanceRef, type Rule } from './rule.js';

// Instance ids name directories, units and sockets on hosts: two instances with one id would overwrite each other.
export const duplicateInstanceIds: Rule = (files) => {
  const first = new Map<string, InstanceRef>();
  const findings = [];
  for (const ref of instancesOf(files)) {
    if (typeof ref.inst.id !== 'string') continue;
    const prior = first.get(ref.id);
    if (!prior) {
      first.set(ref.id, ref);
      continue;
    }
    findings.push(
      at(
        ref.parsed,
        [...ref.path, 'id'],
        'error',
        'duplicate-instance',
        `instance id "${ref.id}" is already used at ${where(prior)}; instance ids must be unique across all ` +
          `environments`,
      ),
    );
  }
  return findings;
};
