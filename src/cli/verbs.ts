import { dryRun, json, lockWait, onHost, secretsDir, type Verb } from './options.js';
import { LAB_VERBS } from './lab-verbs.js';

// Every verb of the CLI, its options and its help, in one table: the parser (cli/parse.ts), `slotflip --help`,
// `slotflip <verb> --help` and the test that every option is documented all read it, so they cannot disagree.

export const VERBS: readonly Verb[] = [
  {
    name: 'validate',
    brief: 'check environment files at file:line (the PR check)',
    args: '[PATH...]',
    positionals: 'any',
    summary: 'check environment files (default: environments/) and print each finding at file:line:column',
    options: {
      base: {
        type: 'string',
        value: 'DIR',
        help: 'a checkout of the base branch: flag risky changes against it (the PR check)',
      },
      'require-secrets': {
        type: 'boolean',
        default: false,
        help: 'every secret the job reads must be provided (run before a deploy)',
      },
      job: {
        type: 'string',
        value: 'KIND',
        help:
          "which job's secrets --require-secrets asks for: deploy (default), rollback, backup, doctor, " +
          'restore, rotate',
      },
      'secrets-dir': secretsDir,
      json: { ...json, help: 'the findings as one JSON object (--format json is the same)' },
    },
  },
  {
    name: 'pin',
    brief: 'download each url release, check its signature, write its sha256',
    args: 'FILE',
    positionals: 1,
    summary: `download each url release of FILE on this machine, check its publisher's signature (when the app's preset
names its signing key) and write the archive's sha256 into FILE; comments and layout stay as they are, and nothing is
written unless every download is checked`,
    options: {
      instance: { type: 'string', value: 'ID', help: 'only this instance (default: every url release in the file)' },
      version: {
        type: 'string',
        value: 'V',
        help: "move to release V: its URL is the preset's; version and url are rewritten too",
      },
      key: {
        type: 'string',
        value: 'KEYFILE',
        help: "the publisher's OpenPGP public key (Vikunja: key FF054DACD908493A, fetched on your machine)",
      },
      'key-id': {
        type: 'string',
        value: 'ID',
        help: "expect this signer instead of the preset's key (a mirror that signs with its own key)",
      },
      'ca-file': {
        type: 'string',
        value: 'PEM',
        help: 'trust these certificate authorities as well (an internal mirror)',
      },
    },
  },
  {
    name: 'plan',
    brief: 'every step and command a deploy would run (secrets as ***)',
    required: ['env'],
    summary: `every step and command a deploy would run, secrets shown as ***; reads the host (its live slot, lock and
drift) unless --offline`,
    options: {
      ...onHost,
      offline: { type: 'boolean', default: false, help: 'plan without reaching the host (as for a first deploy)' },
      'allow-breaking': {
        type: 'boolean',
        default: false,
        help: 'plan a release whose migration the old release cannot run on',
      },
      'lock-wait': lockWait,
      json: { ...json, help: 'the plan as a versioned JSON document (format 1) on stdout' },
    },
  },
  {
    name: 'deploy',
    brief: 'blue-green deploy, observed by the host, with a receipt',
    required: ['env'],
    summary: `blue-green deploy: stage, back up, migrate, start the idle slot, gate on health, flip; then the host observes
and finishes (retire) or flips back by itself; ends with the receipt of what users saw across the flip`,
    options: {
      ...onHost,
      'allow-breaking': {
        type: 'boolean',
        default: false,
        help: 'accept a migration the old release cannot run on (maintenance page, no flip back)',
      },
      'lock-wait': lockWait,
      json,
    },
  },
  {
    name: 'status',
    brief: 'live slot, release, components, health, last run, watch, hold',
    required: ['env'],
    summary: 'live slot, release, each component, uptime, memory and health, the last run, the watch and any hold',
    options: {
      ...onHost,
      json,
      watch: { type: 'boolean', default: false, help: 'refresh every 2 s until interrupted (at most an hour)' },
    },
  },
  {
    name: 'rollback',
    brief: 'back to the previous release (a flip while its slot is warm)',
    required: ['env'],
    summary: `back to the previous release: only a flip while its slot is warm, else start and gate it; ends with a
receipt; the release rolled back from is held until release-hold`,
    options: {
      ...onHost,
      to: { type: 'string', value: 'RELEASE', help: 'a kept release id or version (default: the previous one)' },
      'restore-db': {
        type: 'string',
        value: 'never|if-safe|force',
        default: 'never',
        help: "also put back the database from before the release's migration",
      },
      'lock-wait': lockWait,
      'dry-run': dryRun,
      json,
    },
  },
  {
    name: 'backup',
    brief: 'a verified, encrypted backup on the host',
    required: ['env'],
    summary:
      'database, files, roles, shared config and state, verified and encrypted on the host to backups.recipients',
    options: {
      ...onHost,
      'lock-wait': lockWait,
      'dry-run': dryRun,
      'verify-restore': {
        type: 'boolean',
        default: false,
        help: 'then a restore drill (needs the restore key and the database admin)',
      },
      json,
    },
  },
  {
    name: 'restore',
    brief: 'a backup restored into a new database and swapped in (or --drill)',
    required: ['env', 'from'],
    summary: `check and decrypt a backup, restore it into a new database, swap it in behind the maintenance page, restore
the files, gate; anything failing puts the previous database back`,
    options: {
      ...onHost,
      from: {
        type: 'string',
        value: 'ID|latest|run:RUN_ID',
        help: "the backup: its id, the latest on the host, or a workflow run's artifact",
      },
      drill: {
        type: 'boolean',
        default: false,
        help: 'restore into a scratch database, compare every table, drop it (changes nothing)',
      },
      'lock-wait': lockWait,
      'dry-run': dryRun,
      json,
    },
  },
  {
    name: 'doctor',
    brief: 'read-only diagnosis: OK / WARN / FAIL with a remedy per row',
    required: ['env'],
    summary: `read-only diagnosis of every instance: reach and host key, clock, disk, units, nginx and the live route,
PostgreSQL, Redis, lock, hold, last run, backups; OK / WARN / FAIL with a remedy per row (a FAIL exits 15)`,
    options: { ...onHost, json },
  },
  {
    name: 'rotate',
    brief: 'a new database password or app secret, no downtime',
    args: 'db-password|app-secret',
    positionals: 1,
    required: ['env'],
    summary: `db-password: a new database password with no restart of a serving slot (the stored secret file follows);
app-secret: a new app.shared_secret, the idle slot starts with it and takes the traffic; prints what users notice`,
    options: { ...onHost, 'lock-wait': lockWait, 'dry-run': dryRun, json },
  },
  {
    name: 'provision',
    brief: "the instance's container as its container section says",
    required: ['env'],
    summary: `the instance's container as its container section says (pct create, packages, sshd, service user, deploy key,
PostgreSQL, Redis); only what differs; prints the host key to pin`,
    options: {
      ...onHost,
      provider: {
        type: 'string',
        value: 'proxmox|lab',
        default: 'proxmox',
        help: 'who creates containers: Proxmox (pct) or the local LXC lab',
      },
      'dry-run': dryRun,
      'write-host-key': {
        type: 'boolean',
        default: false,
        help: 'pin the host key it reads into the environment file',
      },
      json,
    },
  },
  {
    name: 'adopt',
    brief: 'take over an instance installed by hand',
    required: ['env'],
    summary: `take over an instance installed by hand: read what runs, put slotflip's site in front of it (one reload),
record it; the next deploy moves it into slotflip's slots`,
    options: { ...onHost, 'lock-wait': lockWait, 'dry-run': dryRun, json },
  },
  {
    name: 'release-hold',
    brief: 'allow a held release to be deployed again',
    required: ['env'],
    summary: 'allow a release that was flipped back (or rolled back from) to be deployed again (exit 20: none is held)',
    options: { ...onHost, json },
  },
  ...LAB_VERBS,
];

export function verb(name: string): Verb {
  const v = VERBS.find((x) => x.name === name);
  if (!v) throw new Error(`no verb ${name} in the table`);
  return v;
}
