import { ExitCode, type ExitCodeValue } from './exit-codes.js';

// Errors are types: each says in which phase it happened, what the operator can do, and which exit code it means.
export type Phase =
  | 'validate'
  | 'pin'
  | 'connect'
  | 'lab'
  | 'provision'
  | 'preflight'
  | 'lock'
  | 'stage'
  | 'backup'
  | 'migrate'
  | 'start'
  | 'gate'
  | 'flip'
  | 'observe'
  | 'drain'
  | 'record';

export class SlotflipError extends Error {
  constructor(
    readonly phase: Phase,
    message: string,
    readonly remedy: string,
    readonly exitCode: ExitCodeValue,
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** One line for the terminal: what happened, then what to do. */
  describe(): string {
    return `${this.phase}: ${this.message}${this.remedy ? `. ${this.remedy}` : ''}`;
  }
}

export class ConnectionError extends SlotflipError {
  constructor(
    message: string,
    remedy: string,
    readonly reason: 'host-key' | 'auth' | 'unreachable' | 'timeout' | 'other',
  ) {
    super('connect', message, remedy, ExitCode.connection);
  }
}

export class LabError extends SlotflipError {
  constructor(message: string, remedy = '') {
    super('lab', message, remedy, ExitCode.usage);
  }
}
