import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Each end-to-end file gets a temp folder of its own (and so does every CLI it starts, through TMPDIR): suites run
// side by side, and one that checks that a command left nothing behind in the temp folder must see only its own.
process.env.TMPDIR = mkdtempSync(join(tmpdir(), 'slotflip-e2e-'));
