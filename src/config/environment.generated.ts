// Generated from schema/environment.schema.json by `npm run gen:types`. Do not edit.

/**
 * Name of the environment; the file is usually environments/<environment>.yaml.
 */
export type Identifier = string;
/**
 * Deploy only releases this other environment pins (same version and sha256): production gets the exact archive staging ran. The deploy workflow deploys it after the others.
 */
export type Identifier1 = string;
/**
 * Unique across every environment: names the host directories, units and sockets.
 */
export type Identifier2 = string;
/**
 * Where the instance runs and how slotflip reaches it.
 *
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "target".
 */
export type Target = Target1;
/**
 * ssh: the container; pct over ssh: the Proxmox host.
 */
export type Hostname = string;
export type Port = number;
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "hostKeyFingerprint".
 */
export type HostKeyFingerprint = string;
/**
 * Secret holding the private SSH key.
 */
export type SecretName = string;
/**
 * Proxmox node name (pct).
 */
export type Hostname1 = string;
/**
 * Default: the instance id.
 */
export type Hostname2 = string;
/**
 * The secret both slots share (Vikunja's service.secret, which signs sessions): templates see it as app.shared_secret. `slotflip rotate app-secret` replaces it and prints what users notice (the app's preset says; Vikunja: tokens refresh from the session cookie, browsers stay signed in).
 */
export type SecretName1 = string;
/**
 * The app, and the folder templates/<name>/ its preset lives in.
 */
export type Identifier3 = string;
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "release".
 */
export type Release = Release1;
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "version".
 */
export type ReleaseVersion = string;
/**
 * upload: archive on the runner, relative to the repository.
 */
export type RelativePath = string;
/**
 * url: archive downloaded on the host.
 */
export type HttpsUrl = string;
/**
 * Checksum the archive must match (url, upload); `slotflip pin` writes it for a url release. A url release without one is refused.
 */
export type Sha256 = string;
/**
 * git: repository to clone.
 */
export type HttpsUrl1 = string;
/**
 * A shell command run by bash on the target, by design. Changes to command fields are flagged in pull requests because they run code on the host after merge.
 *
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "command".
 */
export type Command = string;
/**
 * Commands run in the new release directory before its slot starts.
 *
 * @maxItems 50
 */
export type CommandList = Command[];
/**
 * A shell command run by bash on the target, by design. Changes to command fields are flagged in pull requests because they run code on the host after merge.
 */
export type Command1 = string;
/**
 * unix: each slot listens on its own socket and nginx follows a symlink (zero-drop flip, no reload). tcp: blue and green ports (flip by upstream include and reload).
 *
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "listen".
 */
export type Listen = Listen1;
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "port".
 */
export type Port1 = number;
/**
 * nginx location that proxies to this component, e.g. / or /api.
 */
export type UrlPath = string;
/**
 * Relative to templates/.
 */
export type RelativePath1 = string;
/**
 * Where the rendered file goes on the target.
 */
export type AbsolutePath = string;
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "fileMode".
 */
export type FileMode = string;
/**
 * A DNS name, an IPv4 address or an IPv6 address.
 *
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "hostname".
 */
export type Hostname3 = string;
/**
 * The NAME of a secret, never its value. slotflip reads it from the environment variable SLOTFLIP_SECRET_<NAME>, from the file named by SLOTFLIP_SECRET_<NAME>_FILE, or from <secrets-dir>/<NAME>.
 *
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "secretName".
 */
export type SecretName2 = string;
/**
 * The NAME of a secret, never its value. slotflip reads it from the environment variable SLOTFLIP_SECRET_<NAME>, from the file named by SLOTFLIP_SECRET_<NAME>_FILE, or from <secrets-dir>/<NAME>.
 */
export type SecretName3 = string;
/**
 * Always explicit: Vikunja fails with 'missing port in address' without it.
 */
export type Port2 = number;
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "serverName".
 */
export type ServerName = string;
export type Port3 = number;
export type Port4 = number;
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "absolutePath".
 */
export type AbsolutePath1 = string;
/**
 * The component serving the frontend (default: the one routed at /).
 */
export type Identifier4 = string;
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "urlPath".
 */
export type UrlPath1 = string;
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "identifier".
 */
export type Identifier5 = string;
export type Duration = string;
/**
 * How long the gate waits for every check to pass.
 */
export type Duration1 = string;
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "check".
 */
export type HealthCheck = Check;
export type Duration2 = string;
/**
 * The component the flow talks to (default: the one routed at /, else the first).
 */
export type Identifier6 = string;
export type Duration3 = string;
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "ageRecipient".
 */
export type AgeRecipient = string;
/**
 * The NAME of a secret, never its value. slotflip reads it from the environment variable SLOTFLIP_SECRET_<NAME>, from the file named by SLOTFLIP_SECRET_<NAME>_FILE, or from <secrets-dir>/<NAME>.
 */
export type SecretName4 = string;
/**
 * The app's files directory, backed up with the database.
 */
export type AbsolutePath2 = string;
/**
 * Watch health after the flip; flip back when thresholds are crossed.
 */
export type Duration4 = string;
/**
 * The old slot keeps running this long, so a rollback is only a flip. 0s for apps whose jobs must not run twice.
 */
export type Duration5 = string;
/**
 * Time the old slot gets to finish in-flight requests before it stops.
 */
export type Duration6 = string;
/**
 * Observe: flip back when the 95th percentile of request times through nginx since the flip exceeds this (the seed's warning level; websocket upgrades are not counted).
 */
export type Duration7 = string;
/**
 * @maxItems 50
 *
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "commandList".
 */
export type CommandList1 = Command[];
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "relativePath".
 */
export type RelativePath2 = string;
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "httpsUrl".
 */
export type HttpsUrl2 = string;
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "duration".
 */
export type Duration8 = string;
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "sha256".
 */
export type Sha2561 = string;

/**
 * One slotflip environment (for example production or staging): the instances it runs and where. Secrets are named here, never written here.
 */
export interface Environment {
  /**
   * Format version of this file.
   */
  version: 1;
  environment: Identifier;
  promote_from?: Identifier1;
  /**
   * @minItems 1
   * @maxItems 50
   */
  instances: [Instance, ...Instance[]];
}
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "instance".
 */
export interface Instance {
  id: Identifier2;
  target: Target;
  container?: Container;
  app: App;
  /**
   * @maxItems 100
   */
  templates?: Template[];
  database?: Database;
  redis?: Redis;
  nginx?: Nginx;
  health: Health;
  /**
   * A scripted HTTP flow run against the new slot after its health gate and before any traffic moves to it; false turns off the flow the app's preset brings.
   */
  smoke?: Smoke | false;
  migrations?: Migrations;
  backups?: Backups;
  windows?: Windows;
  hooks?: Hooks;
}
export interface Target1 {
  /**
   * ssh: to the container; pct: `pct exec` on the Proxmox host (locally or over ssh to it); local: slotflip runs inside the target.
   */
  transport: 'ssh' | 'pct' | 'local';
  host?: Hostname;
  port?: Port;
  user?: string;
  /**
   * Pinned host key fingerprints; a host presenting any other key is refused.
   *
   * @minItems 1
   * @maxItems 8
   */
  host_keys?:
    | [HostKeyFingerprint]
    | [HostKeyFingerprint, HostKeyFingerprint]
    | [HostKeyFingerprint, HostKeyFingerprint, HostKeyFingerprint]
    | [HostKeyFingerprint, HostKeyFingerprint, HostKeyFingerprint, HostKeyFingerprint]
    | [HostKeyFingerprint, HostKeyFingerprint, HostKeyFingerprint, HostKeyFingerprint, HostKeyFingerprint]
    | [
        HostKeyFingerprint,
        HostKeyFingerprint,
        HostKeyFingerprint,
        HostKeyFingerprint,
        HostKeyFingerprint,
        HostKeyFingerprint
      ]
    | [
        HostKeyFingerprint,
        HostKeyFingerprint,
        HostKeyFingerprint,
        HostKeyFingerprint,
        HostKeyFingerprint,
        HostKeyFingerprint,
        HostKeyFingerprint
      ]
    | [
        HostKeyFingerprint,
        HostKeyFingerprint,
        HostKeyFingerprint,
        HostKeyFingerprint,
        HostKeyFingerprint,
        HostKeyFingerprint,
        HostKeyFingerprint,
        HostKeyFingerprint
      ];
  ssh_key_secret?: SecretName;
  node?: Hostname1;
  /**
   * Proxmox container id (pct).
   */
  vmid?: number;
  /**
   * pct: run `pct` on this machine (a runner on the Proxmox host) or over ssh to `host`.
   */
  pct_via?: 'local' | 'ssh';
}
/**
 * The LXC container `slotflip provision` creates on the Proxmox host with `pct create` (target.vmid is its id); the target reaches it once it runs.
 *
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "container".
 */
export interface Container {
  /**
   * The container's Proxmox id (the same as target.vmid when the target is pct).
   */
  vmid: number;
  /**
   * The OS template (`pveam list local`).
   */
  template: string;
  hostname?: Hostname2;
  /**
   * An unprivileged container (root inside is not root on the host).
   */
  unprivileged?: boolean;
  /**
   * The nesting feature: systemd's sandboxing in the container needs it.
   */
  nesting?: boolean;
  cores?: number;
  /**
   * RAM in MiB: both slots, the build and the services must fit.
   */
  memory: number;
  /**
   * Swap in MiB.
   */
  swap?: number;
  /**
   * Root disk in GiB.
   */
  disk: number;
  storage?: string;
  bridge?: string;
  address: string;
  gateway?: string;
  nameserver?: string;
  /**
   * Start the container when the Proxmox host boots.
   */
  onboot?: boolean;
  /**
   * Debian packages the app needs besides what slotflip installs (sshd, nginx, curl, age; PostgreSQL and Redis when they are local).
   *
   * @maxItems 100
   */
  packages?: string[];
  /**
   * A package proxy the container's apt goes through.
   */
  apt_proxy?: string;
}
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "app".
 */
export interface App {
  /**
   * Settings for the app's own configuration file, nested as the app names them (Vikunja: service, cors, mailer, auth, webhooks, ...). With a preset (templates/<app>/preset.yaml) every key is checked against the pinned release's list, obsolete and misspelt keys are errors at their line, and a value that is a secret is written { secret: NAME } (it goes to the 0600 app.env, never into the file).
   */
  config?: {};
  shared_secret?: SecretName1;
  name: Identifier3;
  /**
   * Service user the slots run as.
   */
  user?: string;
  /**
   * The app runs scheduled work of its own in every process (Vikunja: reminders, e-mail, webhooks): after a flip the old slot is paused (SIGSTOP) once it has drained, so only the live slot runs jobs; a rollback or a flip back resumes it.
   */
  background_jobs?: boolean;
  release: Release;
  build?: CommandList;
  components: {
    [k: string]: Component | undefined;
  };
}
export interface Release1 {
  source: 'upload' | 'git' | 'url';
  version: ReleaseVersion;
  path?: RelativePath;
  url?: HttpsUrl;
  sha256?: Sha256;
  repository?: HttpsUrl1;
  /**
   * git: the exact commit.
   */
  commit?: string;
}
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "component".
 */
export interface Component {
  start: Command1;
  listen: Listen;
  route?: UrlPath;
  websocket?: boolean;
  /**
   * systemd CPUWeight of each slot (default 100): a lower weight lets the serving slot win the CPU from a warming one.
   */
  cpu_weight?: number;
  memory_max?: string;
  /**
   * The signal that stops a slot gracefully (systemd KillSignal): the one the app handles. Vikunja's `web` shuts down (finishing requests, queued mail, cron) only on SIGINT; on SIGTERM it just exits.
   */
  stop_signal?: 'SIGTERM' | 'SIGINT' | 'SIGQUIT' | 'SIGHUP' | 'SIGUSR1' | 'SIGUSR2';
}
export interface Listen1 {
  type: 'unix' | 'tcp';
  blue?: Port1;
  green?: Port1;
}
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "template".
 */
export interface Template {
  source: RelativePath1;
  dest: AbsolutePath;
  mode?: FileMode;
}
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "database".
 */
export interface Database {
  engine: 'postgres';
  host: Hostname3;
  port: Port1;
  name: string;
  user: string;
  password_secret: SecretName2;
  /**
   * The database admin role restore connects as (it creates and renames databases).
   */
  admin_user?: string;
  admin_secret?: SecretName3;
  /**
   * Connections each slot may open.
   */
  pool?: number;
  /**
   * The server's max_connections. Every instance using this server, both slots at their pool plus slotflip's own, must fit (checked across all environment files).
   */
  max_connections?: number;
  /**
   * The server's major version (e.g. 15): checked against what the app's preset supports before any deploy.
   */
  server_version?: number;
  sslmode?: 'disable' | 'require' | 'verify-ca' | 'verify-full';
  /**
   * `slotflip provision` writes seed 000's PostgreSQL tuning (templates/slotflip/postgresql-tuning.liquid), sized from the container's memory, cores and disk and max_connections. Only for a server in the instance's own container.
   */
  tune?: boolean;
}
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "redis".
 */
export interface Redis {
  host: Hostname3;
  port: Port2;
  db?: number;
  password_secret?: SecretName2;
  /**
   * `slotflip provision` writes seed 000's Redis tuning (templates/slotflip/redis-tuning.liquid: eviction, snapshots, keepalive, lazy freeing) and applies it live. Only for a Redis in the instance's own container.
   */
  tune?: boolean;
}
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "nginx".
 */
export interface Nginx {
  /**
   * @minItems 1
   * @maxItems 20
   */
  server_names:
    | [ServerName]
    | [ServerName, ServerName]
    | [ServerName, ServerName, ServerName]
    | [ServerName, ServerName, ServerName, ServerName]
    | [ServerName, ServerName, ServerName, ServerName, ServerName]
    | [ServerName, ServerName, ServerName, ServerName, ServerName, ServerName]
    | [ServerName, ServerName, ServerName, ServerName, ServerName, ServerName, ServerName]
    | [ServerName, ServerName, ServerName, ServerName, ServerName, ServerName, ServerName, ServerName]
    | [ServerName, ServerName, ServerName, ServerName, ServerName, ServerName, ServerName, ServerName, ServerName]
    | [
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName
      ]
    | [
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName
      ]
    | [
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName
      ]
    | [
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName
      ]
    | [
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName
      ]
    | [
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName
      ]
    | [
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName
      ]
    | [
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName
      ]
    | [
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName
      ]
    | [
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName
      ]
    | [
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName,
        ServerName
      ];
  http_port?: Port3;
  https_port?: Port4;
  tls?: {
    enabled: boolean;
    certificate?: AbsolutePath1;
    key?: AbsolutePath1;
  };
  client_max_body_size?: string;
  /**
   * The frontend's hashed files (a Vite build's /assets/): each deploy copies the new release's from its slot before the flip, and nginx serves this release's and the previous ones' from disk, so a browser tab opened before the flip still loads the chunks it asks for.
   */
  assets?: {
    /**
     * Where the app serves them.
     */
    path: string;
    component?: Identifier4;
    /**
     * Releases whose files are kept (the live one included).
     */
    keep?: number;
  };
  /**
   * @maxItems 50
   */
  locations?: {
    path: UrlPath1;
    component: Identifier5;
    websocket?: boolean;
  }[];
}
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "health".
 */
export interface Health {
  interval?: Duration;
  timeout?: Duration1;
  consecutive?: number;
  /**
   * @minItems 1
   * @maxItems 30
   */
  checks: [HealthCheck, ...HealthCheck[]];
  /**
   * Checked through nginx right after traffic moved, as a browser would: a websocket handshake must answer 101 (nginx passes Upgrade and Connection), a CORS preflight from the site's own origin must be allowed; `cookies` replays the smoke flow on the slot and through nginx: every cookie attribute the app set must reach the browser, and on HTTPS every cookie must be Secure. A failure flips traffic back.
   *
   * @maxItems 10
   */
  after_flip?:
    | []
    | [
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        }
      ]
    | [
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        }
      ]
    | [
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        }
      ]
    | [
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        }
      ]
    | [
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        }
      ]
    | [
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        }
      ]
    | [
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        }
      ]
    | [
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        }
      ]
    | [
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        }
      ]
    | [
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        },
        {
          type: 'websocket' | 'cors' | 'cookies';
          path?: UrlPath1;
        }
      ];
}
export interface Check {
  type: 'http' | 'tcp' | 'postgres' | 'redis';
  component?: Identifier5;
  path?: UrlPath1;
  expect_status?: number;
  expect_body?: string;
  /**
   * The JSON body's "version" must be the release's: true for the version exactly as the release names it (2.5.0), or how the app writes it, with {version} standing for it (Vikunja reports "v{version}", stamped from its git tag).
   */
  expect_version?: boolean | string;
  timeout?: Duration2;
}
/**
 * Steps run in order against the new slot (never through nginx: no user sees it). ${run} is unique to the run (a throwaway user's name); `save` takes top-level fields of a JSON answer as ${name} for the steps after it. The cleanup runs whatever happened. A step that answers otherwise than expected fails the deploy before the flip (exit 10).
 *
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "smoke".
 */
export interface Smoke {
  component?: Identifier6;
  /**
   * @minItems 1
   * @maxItems 30
   */
  steps: [SmokeStep, ...SmokeStep[]];
  /**
   * @maxItems 30
   */
  cleanup?: SmokeStep[];
  /**
   * Run on the host after the flow (whatever happened), as the app's user in the slot's release with its environment, time limit 60 s: for what the API cannot undo at once, such as deleting the throwaway user. ${run} is the flow's tag.
   */
  cleanup_command?: string;
}
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "smokeStep".
 */
export interface SmokeStep {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /**
   * Sent as JSON; strings may hold ${name}.
   */
  body?: {};
  /**
   * Sent as Authorization: Bearer <value>.
   */
  bearer?: string;
  expect_status?: number;
  /**
   * name: field, a top-level field of the JSON answer (a string or a number).
   */
  save?: {
    [k: string]: string | undefined;
  };
}
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "migrations".
 */
export interface Migrations {
  command: Command;
  timeout?: Duration3;
  /**
   * Tables the migration tool itself writes (which migrations ran). `rollback --restore-db if-safe` does not count their changes as the app's writes.
   *
   * @maxItems 16
   */
  bookkeeping_tables?:
    | []
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string, string, string, string]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string
      ];
}
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "backups".
 */
export interface Backups {
  keep?: number;
  /**
   * @minItems 1
   * @maxItems 10
   */
  recipients?:
    | [AgeRecipient]
    | [AgeRecipient, AgeRecipient]
    | [AgeRecipient, AgeRecipient, AgeRecipient]
    | [AgeRecipient, AgeRecipient, AgeRecipient, AgeRecipient]
    | [AgeRecipient, AgeRecipient, AgeRecipient, AgeRecipient, AgeRecipient]
    | [AgeRecipient, AgeRecipient, AgeRecipient, AgeRecipient, AgeRecipient, AgeRecipient]
    | [AgeRecipient, AgeRecipient, AgeRecipient, AgeRecipient, AgeRecipient, AgeRecipient, AgeRecipient]
    | [AgeRecipient, AgeRecipient, AgeRecipient, AgeRecipient, AgeRecipient, AgeRecipient, AgeRecipient, AgeRecipient]
    | [
        AgeRecipient,
        AgeRecipient,
        AgeRecipient,
        AgeRecipient,
        AgeRecipient,
        AgeRecipient,
        AgeRecipient,
        AgeRecipient,
        AgeRecipient
      ]
    | [
        AgeRecipient,
        AgeRecipient,
        AgeRecipient,
        AgeRecipient,
        AgeRecipient,
        AgeRecipient,
        AgeRecipient,
        AgeRecipient,
        AgeRecipient,
        AgeRecipient
      ];
  restore_key_secret?: SecretName4;
  files_dir?: AbsolutePath2;
  /**
   * @maxItems 5
   */
  stores?:
    | []
    | [
        {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        }
      ]
    | [
        {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        },
        {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        }
      ]
    | [
        {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        },
        {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        },
        {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        }
      ]
    | [
        {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        },
        {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        },
        {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        },
        {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        }
      ]
    | [
        {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        },
        {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        },
        {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        },
        {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        },
        {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        } & {
          type: 'host' | 'local' | 'artifact';
          path?: AbsolutePath1;
          retention_days?: number;
        }
      ];
}
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "windows".
 */
export interface Windows {
  observe?: Duration4;
  keep_warm?: Duration5;
  drain?: Duration6;
  /**
   * Observe: flip back when more than this percentage of the requests through nginx since the flip failed with 5xx (the seed's warning level).
   */
  max_error_rate?: number;
  max_p95_latency?: Duration7;
  /**
   * Requests per second the host sends through nginx to the app's version route, from just before the flip to the end of the observe window, for the deploy's receipt (when the new release first answered, and whether any request failed). 0: none (the receipt then counts users' requests only).
   */
  receipt_rate?: number;
}
/**
 * This interface was referenced by `Environment`'s JSON-Schema
 * via the `definition` "hooks".
 */
export interface Hooks {
  pre_deploy?: CommandList1;
  post_flip?: CommandList1;
  post_deploy?: CommandList1;
}
