// ssh2 (under node-ssh) reads __dirname when loading its wasm helper; an ESM bundle has none. This module is
// imported first by every entry point, so the CommonJS names exist before ssh2 loads.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const g = globalThis as { __filename?: string; __dirname?: string };
g.__filename ??= fileURLToPath(import.meta.url);
g.__dirname ??= dirname(g.__filename);
