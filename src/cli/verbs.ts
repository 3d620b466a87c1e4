import { type Verb } from './options.js';
import { LAB_VERBS } from './lab-verbs.js';
import { doctor, pin, plan, status, validate } from './verbs-read.js';
import { adopt, backup, deploy, provision, releaseHold, restore, rollback, rotate } from './verbs-change.js';

// Every verb of the CLI, its options and its help, in one table: the parser (cli/parse.ts), `slotflip --help`,
// `slotflip <verb> --help` and the test that every option is documented all read it, so they cannot disagree.
// The entries live in verbs-read.ts and verbs-change.ts; this order is the order `slotflip --help` lists them in.

export const VERBS: readonly Verb[] = [
  validate,
  pin,
  plan,
  deploy,
  status,
  rollback,
  backup,
  restore,
  doctor,
  rotate,
  provision,
  adopt,
  releaseHold,
  ...LAB_VERBS,
];

export function verb(name: string): Verb {
  const v = VERBS.find((x) => x.name === name);
  if (!v) throw new Error(`no verb ${name} in the table`);
  return v;
}
