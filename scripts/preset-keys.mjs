// Regenerates the `keys:` list of a preset from the app's own description of its settings (Vikunja: config-raw.json,
// the file its documentation and config.yml.sample are generated from), typed from each key's default:
//   node scripts/preset-keys.mjs templates/vikunja/preset.yaml PATH/config-raw.json "v2.5.0 (ef2200e9)"
// With --check, exits 1 when the committed list differs from what the file gives (a test runs it).
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const check = args.includes('--check');
const [presetPath, rawPath, ref] = args.filter((a) => a !== '--check');
if (!presetPath || !rawPath || !ref) {
  console.error('usage: node scripts/preset-keys.mjs PRESET.yaml CONFIG-RAW.json "TAG (COMMIT)" [--check]');
  process.exit(1);
}

/** A leaf's type from its default: true/false, digits, or text. */
const typeOf = (v) => (v === 'true' || v === 'false' ? 'boolean' : /^[0-9]+$/.test(String(v)) ? 'integer' : 'string');

/**
 * The tree as { name: type | subtree }: a node whose children have no keys is a list; a placeholder child (<...>)
 * makes a map.
 */
function tree(node) {
  const out = {};
  for (const c of node.children ?? []) {
    const key = String(c.key).toLowerCase();
    if (!c.children?.length) out[key] = typeOf(c.default_value);
    else if (c.children.every((x) => x.key === undefined)) out[key] = 'list';
    else if (c.children.some((x) => /^<.*>$/.test(String(x.key)))) out[key] = 'map';
    else out[key] = tree(c);
  }
  return out;
}

function render(t, indent) {
  return Object.entries(t).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [`${' '.repeat(indent)}${k}: ${v}`]
      : [`${' '.repeat(indent)}${k}:`, ...render(v, indent + 2)],
  );
}

const raw = JSON.parse(readFileSync(rawPath, 'utf8'));
const block = [
  `  # Generated from config-raw.json at ${ref} by scripts/preset-keys.mjs: do not edit by hand.`,
  '  keys:',
  ...render(tree(raw), 4),
];
const lines = readFileSync(presetPath, 'utf8').split('\n');
const start = lines.findIndex(
  (l, i) => l === '  keys:' || (l.startsWith('  # Generated from config-raw.json') && lines[i + 1] === '  keys:'),
);
if (start < 0) {
  console.error(`${presetPath}: no "  keys:" section under config`);
  process.exit(1);
}
let end = lines.indexOf('  keys:', start) + 1;
while (end < lines.length && (lines[end] === '' ? false : lines[end].startsWith(' '))) end++;
const next = [...lines.slice(0, start), ...block, ...lines.slice(end)].join('\n');
if (check) {
  const same = next === lines.join('\n');
  console.error(
    same
      ? `${presetPath}: keys match ${rawPath}`
      : `${presetPath}: keys differ from ${rawPath}: run without --check to regenerate`,
  );
  process.exit(same ? 0 : 1);
}
writeFileSync(presetPath, next);
console.error(`${presetPath}: ${block.length - 2} lines of keys from ${rawPath} (${ref})`);
