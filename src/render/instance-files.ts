import { publicUrl } from '../config/public-url.js';
import type { Instance } from '../config/environment.generated.js';
import { layout, SLOTS, type Slot } from '../shell/layout.js';
import { pgpassLine } from '../host/pg-admin.js';
import { renderText } from './engine.js';
import { formatOf, RenderError } from './escape.js';
import { mergeConfig } from './merge-config.js';
import { configSecrets, envName } from '../presets/config-walk.js';
import type { Preset } from '../presets/preset.js';
import { dataDir } from '../presets/data-dir.js';
import { tuningTemplateNames } from './tuning-files.js';
import type { TemplateSet } from './template-set.js';
import type { RenderedFile } from '../shell/ops.js';
import { bodyLimit, siteRoutes, siteAssets } from './site-context.js';

/** Template texts by name relative to templates/, loaded by the caller (rendering itself does no I/O). */

export interface RenderInput {
  instance: Instance;
  /** Secret values by secret name. */
  secrets: Readonly<Record<string, string>>;
  templates: TemplateSet;
  /** Database credentials for one slot instead of the environment's (`slotflip rotate`: a temporary role). */
  slotDatabase?: Partial<Record<Slot, DatabaseLogin>>;
  /** The app's preset (templates/<app>/preset.yaml), when it has one: its files are rendered too. */
  preset?: Preset;
}

export interface DatabaseLogin {
  user: string;
  password: string;
}

/** The templates an instance needs, so the caller can load exactly those. */
export function templateNames(instance: Instance, preset?: Preset): string[] {
  const app = instance.app.name;
  const own = (preset?.files ?? []).map((f) => `${app}/${f.template}`);
  return [
    'slotflip/component.service.liquid',
    'slotflip/site.nginx.liquid',
    `${app}/app.env.liquid`,
    `${app}/slot.env.liquid`,
    ...own,
    ...(instance.templates ?? []).map((t) => t.source),
    ...tuningTemplateNames(instance),
  ];
}

function secretValue(input: RenderInput, name: string | undefined): string {
  if (!name) return '';
  const value = input.secrets[name];
  if (value === undefined)
    throw new RenderError(`secret ${name} is needed to render ${input.instance.id} but was not provided`);
  return value;
}

/**
 * The values templates see; secrets appear only as database.password, redis.password, app.shared_secret and
 * config_secrets (the app.config values written { secret: NAME }, by the environment variable the app reads them from).
 */
function baseContext(input: RenderInput): Record<string, unknown> {
  const { instance, preset } = input;
  const l = layout(instance.id);
  const db = instance.database;
  const redis = instance.redis;
  const prefix = preset?.config.env_prefix;
  const configSecretVars = prefix
    ? configSecrets(instance.app.config).map((s) => ({
        env: envName(prefix, s.written.join('.')),
        value: secretValue(input, s.name),
      }))
    : [];
  return {
    instance: instance.id,
    root: l.root,
    shared: l.shared,
    user: instance.app.user ?? instance.app.name,
    version: instance.app.release.version,
    public_url: publicUrl(instance),
    files_dir: dataDir(instance, preset),
    app: { shared_secret: secretValue(input, instance.app.shared_secret) },
    config_secrets: configSecretVars,
    database: db
      ? {
          host: db.host,
          port: db.port,
          hostport: `${db.host}:${db.port}`,
          name: db.name,
          user: db.user,
          pool: db.pool ?? 10,
          sslmode: db.sslmode ?? 'disable',
          password: secretValue(input, db.password_secret),
        }
      : {},
    redis: redis
      ? {
          enabled: true,
          host: redis.host,
          port: redis.port,
          hostport: `${redis.host}:${redis.port}`,
          db: redis.db ?? 0,
          password: secretValue(input, redis.password_secret),
        }
      : { enabled: false },
  };
}

/** Everything slotflip writes on the host for an instance, rendered in a fixed order (same input, same bytes). */
export function renderInstanceFiles(input: RenderInput): RenderedFile[] {
  const { instance, templates } = input;
  const l = layout(instance.id);
  const ctx = baseContext(input);
  const secretValues = [
    ...Object.values(input.secrets),
    ...Object.values(input.slotDatabase ?? {}).map((d) => d.password),
  ].filter((v) => v.length >= 4);
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
    files.push(
      render('slotflip/component.service.liquid', l.unitFile(name), {
        component: name,
        start: c.start,
        memory_max: c.memory_max ?? '',
        cpu_weight: c.cpu_weight ?? '',
        stop_signal: c.stop_signal ?? 'SIGTERM',
      }),
    );
  }
  if (instance.nginx) {
    const tls = instance.nginx.tls?.enabled
      ? { certificate: instance.nginx.tls.certificate, key: instance.nginx.tls.key }
      : undefined;
    if (tls && (!tls.certificate || !tls.key))
      throw new RenderError(`${instance.id}: nginx.tls is enabled without a certificate and key`);
    const site = {
      http_port: instance.nginx.http_port ?? 80,
      https_port: instance.nginx.https_port ?? 443,
      tls: tls ?? false,
      routes: siteRoutes(instance),
      server_names: instance.nginx.server_names,
      access_log: l.accessLog,
      client_max_body_size: instance.nginx.client_max_body_size ?? bodyLimit(input.instance, input.preset),
      maintenance_flag: l.maintenanceFlag,
      assets: siteAssets(instance),
      components: components.map(({ name, c }) => ({
        name,
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
    files.push({
      path: `${l.shared}/redis.pass`,
      content: secretValue(input, instance.redis.password_secret),
      mode: '0600',
      secret: true,
      template: '(redis password)',
    });
  }
  for (const f of input.preset?.files ?? []) {
    const rendered = render(`${instance.app.name}/${f.template}`, `${l.shared}/${f.dest}`, {}, f.mode);
    // The app itself reads these (unlike app.env and the slot files, which systemd reads as root): a mode that lets
    // the group read it means the app's group, or the app is refused its own configuration.
    const file =
      !rendered.secret && /^0?[0-7][4-7][0-7]$/.test(rendered.mode) && instance.app.user
        ? { ...rendered, owner: `root:${instance.app.user}` }
        : rendered;
    files.push(
      f.merge_config
        ? { ...file, content: mergeConfig(file.content, instance.app.config, input.preset?.config.keys) }
        : file,
    );
  }
  for (const t of instance.templates ?? []) files.push(render(t.source, t.dest, {}, t.mode ?? '0644'));
  return files;
}
