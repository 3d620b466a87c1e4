import { dryRun, json, lockWait, onHost, type Verb } from './options.js';

// The verbs that change a host: each takes the host's lock (or, provision, creates the container).

export const deploy: Verb = {
  name: 'deploy',
  brief: 'blue-green deploy, observed by the host, with a receipt',
  required: ['env'],
  summary: `blue-green deploy: stage, back up, migrate, start the idle slot, gate on health, flip; then the host
observes and finishes (retire) or flips back by itself; ends with the receipt of what users saw across the flip`,
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
};

export const rollback: Verb = {
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
};

export const backup: Verb = {
  name: 'backup',
  brief: 'a verified, encrypted backup on the host',
  required: ['env'],
  summary: 'database, files, roles, shared config and state, verified and encrypted on the host to backups.recipients',
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
};

export const restore: Verb = {
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
};

export const rotate: Verb = {
  name: 'rotate',
  brief: 'a new database password or app secret, no downtime',
  args: 'db-password|app-secret',
  positionals: 1,
  required: ['env'],
  summary: `db-password: a new database password with no restart of a serving slot (the stored secret file follows);
app-secret: a new app.shared_secret, the idle slot starts with it and takes the traffic; prints what users notice`,
  options: { ...onHost, 'lock-wait': lockWait, 'dry-run': dryRun, json },
};

export const provision: Verb = {
  name: 'provision',
  brief: "the instance's container as its container section says",
  required: ['env'],
  summary: `the instance's container as its container section says (pct create, packages, sshd, service user, deploy
key, PostgreSQL, Redis); only what differs; prints the host key to pin`,
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
};

export const adopt: Verb = {
  name: 'adopt',
  brief: 'take over an instance installed by hand',
  required: ['env'],
  summary: `take over an instance installed by hand: read what runs, put slotflip's site in front of it (one reload),
record it; the next deploy moves it into slotflip's slots`,
  options: { ...onHost, 'lock-wait': lockWait, 'dry-run': dryRun, json },
};

export const releaseHold: Verb = {
  name: 'release-hold',
  brief: 'allow a held release to be deployed again',
  required: ['env'],
  summary: 'allow a release that was flipped back (or rolled back from) to be deployed again (exit 20: none is held)',
  options: { ...onHost, json },
};
