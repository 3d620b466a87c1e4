import { configSecrets } from '../presets/config-walk.js';
import type { PathSegment } from '../config/locate.js';
import { isRecord } from './rules/rule.js';
import { valuesOfDefinition } from '../config/schema-walk.js';

// Which secrets a job reads. Deploy, rollback, backup and doctor jobs never hold the backup identity or the database
// admin (design §5): those live only in the `<environment>-restore` GitHub environment, where restores run. A rotation
// needs the admin (it creates a temporary login) but never the backup identity.

export const JOBS = ['deploy', 'rollback', 'backup', 'doctor', 'restore', 'rotate'] as const;
export type Job = (typeof JOBS)[number];

export const isJob = (s: string): s is Job => (JOBS as readonly string[]).includes(s);

export const RESTORE_ONLY_FIELDS = ['restore_key_secret', 'admin_secret'] as const;

/** Secret fields a job of this kind does not read. */
export function unreadSecretFields(job: Job): readonly string[] {
  if (job === 'restore') return [];
  if (job === 'rotate') return ['restore_key_secret'];
  return RESTORE_ONLY_FIELDS;
}

export interface SecretRef {
  path: PathSegment[];
  name: unknown;
}

/** Secret references: the schema's *_secret fields, and { secret: NAME } values in each instance's app.config. */
export function secretRefs(data: unknown): SecretRef[] {
  const instances = isRecord(data) && Array.isArray(data.instances) ? data.instances : [];
  const inConfig = instances.flatMap((inst, i) =>
    isRecord(inst) && isRecord(inst.app)
      ? configSecrets(inst.app.config).map((s) => ({
          path: ['instances', i, 'app', 'config', ...s.written, 'secret'],
          name: s.name,
        }))
      : [],
  );
  return [...valuesOfDefinition(data, 'secretName').map((v) => ({ path: v.path, name: v.value })), ...inConfig];
}

/** The secrets a job of this kind reads for this document, without the fields it never holds. */
export function secretRefsFor(data: unknown, unread: readonly string[]): SecretRef[] {
  return secretRefs(data).filter((r) => !unread.includes(String(r.path.at(-1))));
}
