/** A command line slotflip cannot act on: printed as "slotflip <command>: <message>", exit 1. */
export class UsageError extends Error {}
