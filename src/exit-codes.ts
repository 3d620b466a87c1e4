// Exit codes are part of the interface: workflows and scripts branch on them. Documented in the README.
export const ExitCode = {
  ok: 0,
  /** Bad usage or a bug in slotflip itself; the message says which. */
  usage: 1,
  invalidConfig: 2,
  connection: 3,
  preflight: 4,
  locked: 5,
  healthGateRolledBack: 10,
  rolledBackAfterFailure: 11,
  rollbackFailed: 12,
  /** A rollback was asked to restore the database if safe, and restoring would discard writes (they are listed). */
  restoreUnsafe: 13,
  /** A backup was refused before anything was touched: damaged, the wrong key, or from an untrusted run. */
  backupRefused: 14,
  /** `slotflip doctor` found at least one FAIL (the table says what and the remedy). */
  doctorFailed: 15,
  /** `slotflip provision` stopped at a step; every step converges, so running it again goes on from there. */
  provisionFailed: 16,
  /** `slotflip pin` changed nothing: the download failed, or its signature is missing, bad or by another key. */
  pinRefused: 17,
  /** The release was flipped back before and is held: refused until `slotflip release-hold` (nothing was touched). */
  releaseHeld: 18,
  nothingToDo: 20,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
