import type { Finding } from '../../report/finding.js';
import type { Smoke } from '../../config/environment.generated.js';
import { checkSmokeVariables } from '../../host/smoke-words.js';
import { at, instancesOf, isRecord, type Rule } from './rule.js';

// The seed's "undefined network" blocker, in our terms: a name used in one place and never defined where it must be.
export const undefinedReferences: Rule = (files) => {
  const findings: Finding[] = [];
  for (const ref of instancesOf(files)) {
    const app = isRecord(ref.inst.app) ? ref.inst.app : {};
    const components = isRecord(app.components) ? Object.keys(app.components) : [];
    const defined = components.length ? `defined: ${components.join(', ')}` : 'none are defined';
    const check = (value: unknown, path: (string | number)[]) => {
      if (typeof value === 'string' && !components.includes(value)) {
        findings.push(
          at(
            ref.parsed,
            [...ref.path, ...path],
            'error',
            'undefined-component',
            `component "${value}" is not defined in app.components (${defined})`,
          ),
        );
      }
    };
    const locations =
      isRecord(ref.inst.nginx) && Array.isArray(ref.inst.nginx.locations) ? ref.inst.nginx.locations : [];
    locations.forEach((loc, i) => isRecord(loc) && check(loc.component, ['nginx', 'locations', i, 'component']));
    if (isRecord(ref.inst.smoke) && Array.isArray(ref.inst.smoke.steps)) {
      const problem = checkSmokeVariables(ref.inst.smoke as unknown as Smoke);
      if (problem) findings.push(at(ref.parsed, [...ref.path, 'smoke'], 'error', 'smoke-variable', problem, 'key'));
      check(ref.inst.smoke.component, ['smoke', 'component']);
    }
    const checks = isRecord(ref.inst.health) && Array.isArray(ref.inst.health.checks) ? ref.inst.health.checks : [];
    checks.forEach((c, i) => {
      if (!isRecord(c)) return;
      check(c.component, ['health', 'checks', i, 'component']);
      for (const kind of ['postgres', 'redis'] as const) {
        const section = kind === 'postgres' ? 'database' : 'redis';
        if (c.type === kind && !isRecord(ref.inst[section])) {
          findings.push(
            at(
              ref.parsed,
              [...ref.path, 'health', 'checks', i, 'type'],
              'error',
              'undefined-service',
              `a ${kind} health check needs the instance's "${section}" section, which is missing`,
            ),
          );
        }
      }
    });
  }
  return findings;
};
