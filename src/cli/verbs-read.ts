import { json, lockWait, onHost, secretsDir, type Verb } from './options.js';

// The verbs that read: environment files, releases, the plan, the host. None of them changes a host.

export const validate: Verb = {
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
};

export const pin: Verb = {
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
};

export const plan: Verb = {
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
};

export const status: Verb = {
  name: 'status',
  brief: 'live slot, release, components, health, last run, watch, hold',
  required: ['env'],
  summary: 'live slot, release, each component, uptime, memory and health, the last run, the watch and any hold',
  options: {
    ...onHost,
    json,
    watch: { type: 'boolean', default: false, help: 'refresh every 2 s until interrupted (at most an hour)' },
  },
};

export const doctor: Verb = {
  name: 'doctor',
  brief: 'read-only diagnosis: OK / WARN / FAIL with a remedy per row',
  required: ['env'],
  summary: `read-only diagnosis of every instance: reach and host key, clock, disk, units, nginx and the live route,
PostgreSQL, Redis, lock, hold, last run, backups; OK / WARN / FAIL with a remedy per row (a FAIL exits 15)`,
  options: { ...onHost, json },
};
