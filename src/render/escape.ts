import { quote } from '../shell/quote.js';

// Every value a template prints passes through the escaper of the file's format, so a template cannot forget it.
// Values are already constrained by the schema; these are the second wall, and they refuse rather than guess.

export type Format = 'nginx' | 'systemd' | 'env' | 'yaml' | 'shell' | 'text';

export class RenderError extends Error {}

const NGINX_SAFE = /^[A-Za-z0-9._:/@*+=,~%-]*$/;

function nginx(value: string): string {
  if (!NGINX_SAFE.test(value))
    throw new RenderError(
      `value ${JSON.stringify(value)} cannot be placed in nginx config (only letters, digits and . _ : / @ ` +
        `* + = , ~ % -)`,
    );
  return value;
}

function systemd(value: string): string {
  if (/[\n\r]/.test(value))
    throw new RenderError(`value ${JSON.stringify(value)} cannot be placed in a unit file (newline)`);
  return value.replace(/\\/g, '\\\\').replace(/%/g, '%%');
}

/** systemd EnvironmentFile: a double-quoted value, taken literally (no expansion) except for backslash escapes. */
function env(value: string): string {
  if (/[\n\r]/.test(value)) throw new RenderError('a value in an environment file cannot contain a newline');
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export const ESCAPERS: Record<Format, (value: string) => string> = {
  nginx,
  systemd,
  env,
  yaml: (value) => JSON.stringify(value),
  shell: (value) => quote(value),
  text: (value) => value,
};

/** `ExecStart=` for a command field: bash -c with the command as one argument, escaped for systemd's own parser. */
export function systemdShellCommand(command: string): string {
  if (/[\n\r]/.test(command)) throw new RenderError('a start command cannot contain a newline');
  const arg = command.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$/g, '$$$$').replace(/%/g, '%%');
  return `/bin/bash -c "exec ${arg}"`;
}

/**
 * The format of a template, from its name: site.nginx.liquid, unit.service.liquid, app.env.liquid, config.yml.liquid.
 */
export function formatOf(templateName: string): Format {
  const base = templateName.replace(/\.liquid$/, '');
  if (/\.(nginx|conf)$/.test(base)) return 'nginx';
  if (/\.(service|timer|socket)$/.test(base)) return 'systemd';
  if (/\.env$/.test(base)) return 'env';
  if (/\.ya?ml$/.test(base)) return 'yaml';
  if (/\.sh$/.test(base)) return 'shell';
  return 'text';
}
