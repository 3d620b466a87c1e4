import type { Instance } from '../../src/config/environment.generated.js';
import { labEnvironment } from '../../src/lab/env-file.js';
import { parse } from 'yaml';
import { renderInstanceFiles } from '../../src/render/instance-files.js';
import { readFileSync } from 'node:fs';
import { templateNames } from '../../src/render/instance-files.js';

export const SECRETS = {
  LAB_SSH_KEY: 'ssh-key-material',
  LAB_1_DB_PASSWORD: 'db-pass-7Hq2',
  LAB_1_DB_ADMIN_PASSWORD: 'admin-pass-9Zk1',
  LAB_1_REDIS_PASSWORD: 'redis-pass-3Wm8',
  LAB_1_APP_SECRET: 'app-secret-5Tn4',
};

/** The lab's environment for container 1, as `lab up` writes it. */
export function labInstance(): Instance {
  const text = labEnvironment(1, 'SHA256:DZY2JjkrirMV60uY6+K7wHh5Oz3i4LAkZ8ZHHHjBSuw', {
    version: '2.0.0',
    path: 'x.tar.gz',
    sha256: 'b'.repeat(64),
  });
  return parse(text).instances[0] as Instance;
}

export function renderLab(instance = labInstance()) {
  const templates = Object.fromEntries(templateNames(instance).map((n) => [n, readFileSync(`templates/${n}`, 'utf8')]));
  return renderInstanceFiles({ instance, secrets: SECRETS, templates });
}
