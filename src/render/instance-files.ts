import type { Instance } from '../config/environment.generated.js';
import { layout, SLOTS, type Slot } from '../host/layout.js';
import { pgpassLine } from '../host/pg-admin.js';
import { renderText } from './engine.js';
import { formatOf, RenderError } from './escape.js';

export interface RenderedFile {
  path: string;
  content: string;
  mode: string;
  /** Holds a secret value: written 0600, shown as *** in plans, never kept in the repository. */
  secret: boolean;
  template: string;
}

/** Template texts by name relative to templates/, loaded by the caller (rendering itself does no I/O). */
export type TemplateSet = Readonly<Record<string, string>>;

export interface RenderInput {
  instance: Instance;
  /** Secret values by secret name. */
  secrets: Readonly<Record<string, string>>;
  templates: TemplateSet;
  /** Database credentials for one slot instead of the environment's (`slotflip rotate`: a temporary role). */
  slotDatabase?: Partial<Record<Slot, DatabaseLogin>>;
}

export interface DatabaseLogin { user: string; password: string }

/** The templates an instance needs, so the caller can load exactly those. */
export function templateNames(instance: Instance): string[] {
  const app = instance.app.name;
  return ['slotflip/component.service.liquid', 'slotflip/site.nginx.liquid', `${app}/app.env.liquid`, `${app}/slot.env.liquid`, ...(instance.templates ?? []).map((t) => t.source)];
}

function secretValue(input: RenderInput, name: string | undefined): string {
  if (!name) return '';
  const value = input.secrets[name];
  if (value === undefined) throw new RenderError(`secret ${name} is needed to render ${input.instance.id} but was not provided`);
  return value;
}

/** The values templates see; secrets appear only as database.password, redis.password and app.shared_secret. */
function baseContext(input: RenderInput): Record<string, unknown> {
  const { instance } = input;
  const l = layout(instance.id);
  const db = instance.database;
  const redis = instance.redis;
  return {
    instance: instance.id,
    root: l.root,
    user: instance.app.user ?? instance.app.name,
    version: instance.app.release.version,
    app: { shared_secret: secretValue(input, instance.app.shared_secret) },
    database: db ? { host: db.host, port: db.port, name: db.name, user: db.user, pool: db.pool ?? 10, sslmode: db.sslmode ?? 'disable', password: secretValue(input, db.password_secret) } : {},
    redis: redis ? { host: redis.host, port: redis.port, db: redis.db ?? 0, password: secretValue(input, redis.password_secret) } : {},
  };
}

/** Everything slotflip writes on the host for an instance, rendered in a fixed order (same input, same bytes). */
export function renderInstanceFiles(input: RenderInput): RenderedFile[] {
  const { instance, templates } = input;
  const l = layout(instance.id);
  const ctx = baseContext(input);
  const secretValues = [...Object.values(input.secrets), ...Object.values(input.slotDatabase ?? {}).map((d) => d.password)].filter((v) => v.length >= 4);
  const render = (template: string, path: string, extra: Record<string, unknown>, mode = '0644'): RenderedFile => {
    const source = templates[template];
    if (source === undefined) throw new RenderError(`template ${template} is missing from templates/`);
    const content = renderText(template, source, formatOf(template), { ...ctx, ...extra });
    const secret = secretValues.some((v) => content.includes(v));
    return { path, content, mode: secret ? '0600' : mode, secret, template };
  };
  const components = Object.entries(instance.app.components).flatMap(([name, c]) => (c ? [{ name, c }] : []));
  const files: RenderedFile[] = [];
  files.push(render(`${instance.app.name}/app.env.liquid`, l.appEnv, {}, '0600'));
  for (const slot of SLOTS) {
    const sockets = Object.fromEntries(components.map(({ name }) => [name, l.socket(name, slot as Slot)]));
    const login = input.slotDatabase?.[slot as Slot];
    const database = login ? { ...(ctx.database as Record<string, unknown>), ...login } : ctx.database;
    files.push(render(`${instance.app.name}/slot.env.liquid`, l.slotEnv(slot), { slot, sockets, database }));
  }
  for (const { name, c } of components) {
    files.push(render('slotflip/component.service.liquid', l.unitFile(name), { component: name, start: c.start, memory_max: c.memory_max ?? '' }));
  }
  if (instance.nginx) {
    const site = {
      http_port: instance.nginx.http_port ?? 80,
      server_names: instance.nginx.server_names,
      access_log: l.accessLog,
      client_max_body_size: instance.nginx.client_max_body_size ?? '10m',
      maintenance_flag: l.maintenanceFlag,
      components: components.map(({ name, c }) => ({
        name,
        route: c.route ?? '',
        websocket: c.websocket ?? false,
        tcp: c.listen.type === 'tcp',
        current_socket: l.currentSocket(name),
        upstream_file: l.upstreamFile(name),
      })),
    };
    files.push(render('slotflip/site.nginx.liquid', l.site, site));
  }
  if (instance.database) {
    const db = instance.database;
    const content = pgpassLine(db.host, db.port, db.user, secretValue(input, db.password_secret));
    files.push({ path: l.pgpass, content, mode: '0600', secret: true, template: '(pgpass)' });
  }
  if (instance.redis?.password_secret) {
    files.push({ path: `${l.shared}/redis.pass`, content: secretValue(input, instance.redis.password_secret), mode: '0600', secret: true, template: '(redis password)' });
  }
  for (const t of instance.templates ?? []) files.push(render(t.source, t.dest, {}, t.mode ?? '0644'));
  return files;
}
