import { json, type Verb } from './options.js';

// `slotflip lab <sub-command>`: each a verb of its own in the table, with its own --help.
export const LAB_VERBS: readonly Verb[] = [
  {
    name: 'lab up',
    brief: 'as root: real LXC containers to deploy to',
    summary:
      'as root: real LXC containers (systemd, sshd, nginx, PostgreSQL, Redis) to deploy to, with their ' +
      'environment files',
    options: {
      count: { type: 'string', value: 'N', default: '1', help: 'how many containers (1-5)' },
      json: { ...json, help: 'the containers as JSON' },
    },
  },
  {
    name: 'lab status',
    brief: 'each lab container, its address and services',
    summary: 'each lab container, its address and services',
    options: { json: { ...json, help: 'the list as JSON' } },
  },
  {
    name: 'lab env',
    brief: 'the lab environment file pinned to a demo release',
    required: ['release'],
    summary: 'the lab environment file pinned to demo release V (what a commit would change)',
    options: {
      release: { type: 'string', value: 'V', help: 'the demo release (lab/app/build.mjs builds them)' },
      container: { type: 'string', value: 'N', default: '1', help: 'which lab container' },
    },
  },
  {
    name: 'lab down',
    brief: 'remove the lab',
    summary: "remove the lab's containers and what lab up set up for them (the cached rootfs stays)",
    options: { purge: { type: 'boolean', default: false, help: 'also remove the cached rootfs' } },
  },
];
