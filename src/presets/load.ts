import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePreset, PresetError } from './parse-preset.js';
import type { Preset } from './preset.js';

export interface LoadedPresets {
  presets: Map<string, Preset>;
  /** App name → why its preset could not be read (a broken preset is an error, never silently no checks). */
  broken: Map<string, string>;
}

/** templates/<app>/preset.yaml for each app named; an app without one is a plain app (its templates only). */
export async function loadPresets(templatesDir: string, apps: Iterable<string>): Promise<LoadedPresets> {
  const out: LoadedPresets = { presets: new Map(), broken: new Map() };
  for (const app of new Set(apps)) {
    if (!/^[a-z][a-z0-9-]*$/.test(app)) continue;
    const file = join(templatesDir, app, 'preset.yaml');
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      continue;
    }
    try {
      const preset = parsePreset(text, `templates/${app}/preset.yaml`);
      if (preset.app !== app) throw new PresetError(`templates/${app}/preset.yaml is the preset of "${preset.app}"`);
      out.presets.set(app, preset);
    } catch (err) {
      out.broken.set(app, err instanceof Error ? err.message : String(err));
    }
  }
  return out;
}
