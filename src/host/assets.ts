import type { Instance } from '../config/environment.generated.js';
import { resolved } from '../config/resolved.js';
import type { Op } from '../shell/ops.js';
import { layout, type Slot } from '../shell/layout.js';
import { quote } from '../shell/quote.js';
import { slotTarget } from './smoke.js';

// Vikunja embeds its frontend in the binary, so the files of the release before are gone from the moment traffic
// flips; a tab opened before the flip then asks for a lazy chunk (a hashed name under /assets/) that the new release
// never had, and breaks. Before the flip, each deploy copies the new release's hashed files from its slot to disk: it
// reads / and follows every asset name in it and in each JS and CSS file (Vite writes chunk imports as "./name.js"
// beside absolute "assets/name.js"). nginx serves the directory first and the app second, so this release's files and
// those of the last `keep` releases answer. A name is content-addressed: one already on disk is not fetched again.

const EXT = 'js|mjs|css|woff2?|ttf|otf|eot|svg|png|jpe?g|gif|webp|avif|ico|json|wasm|map';
/** At most this many files are followed per release: a runaway crawl ends instead of filling the disk. */
export const MAX_ASSETS = 5000;

/** The component serving the frontend: the one named, else the one routed at /, else the first. */
export function assetsComponent(inst: Instance): string {
  const names = Object.keys(inst.app.components);
  return inst.nginx?.assets?.component ?? names.find((n) => inst.app.components[n]?.route === '/') ?? names[0]!;
}

export function keepAssets(inst: Instance, slot: Slot, releaseId: string): Op | undefined {
  const a = inst.nginx?.assets;
  if (!a) return undefined;
  const l = layout(inst.id);
  const target = slotTarget(inst, assetsComponent(inst), slot);
  const dir = a.path.slice(1);
  const names = `(${dir.replace(/\./g, '\\.')}|\\./)[A-Za-z0-9._-]+\\.(${EXT})`;
  const keep = resolved(inst).assetsKeep;
  return {
    kind: 'sh',
    note: `the ${slot} slot's files under ${a.path}, kept beside those of the last ${keep - 1} release(s)`,
    text: `store=${quote(l.assets)}; lists=${quote(l.assetLists)}; tmp=$(mktemp -d)
install -d -m 0755 "$(dirname "$store")" "$store" "$lists"
fetch() { curl -sf --max-time 10 ${target.args} -o "$2" ${quote(target.base)}"/$1"; }
# Asset paths a file names, relative to the site's root: "./x.js" sits beside the file that names it.
refs() { { cat "$1"; echo; } | grep -oE ${quote(names)} | sed 's|^\\./|${dir}|' | sort -u || true; }
fetch '' "$tmp/index" || { echo ${quote(`assets: / on the ${slot} slot did not answer`)} >&2; rm -rf "$tmp"; exit 1; }
refs "$tmp/index" > "$tmp/queue"; : > "$tmp/seen"; : > "$tmp/kept"; missing=0; fetched=0
while [ -s "$tmp/queue" ]; do
  sort -u "$tmp/queue" | comm -23 - "$tmp/seen" > "$tmp/next"; : > "$tmp/queue"
  [ -s "$tmp/next" ] || break
  sort -u "$tmp/seen" "$tmp/next" -o "$tmp/seen"
  if [ "$(wc -l < "$tmp/seen")" -gt ${MAX_ASSETS} ]; then echo ${quote(
    `assets: more than ${MAX_ASSETS} ` + `files named from /: stopped following them`,
  )} >&2; break; fi
  while read -r f; do
    if [ ! -f "$store/$f" ]; then
      install -d -m 0755 "$store/$(dirname "$f")"
      if fetch "$f" "$tmp/one"; then chmod 0644 "$tmp/one"; mv "$tmp/one" "$store/$f"; fetched=$((fetched + 1))
      else missing=$((missing + 1)); continue; fi
    fi
    echo "$f" >> "$tmp/kept"
    case "$f" in *.js|*.mjs|*.css) refs "$store/$f" >> "$tmp/queue" ;; esac
  done < "$tmp/next"
done
sort -u "$tmp/kept" > "$lists/${releaseId}"
# The lists of the last ${keep} releases keep their files; every other file goes.
ls -t "$lists" | tail -n +${keep + 1} | while read -r old; do rm -f "$lists/$old"; done
cat "$lists"/* | sort -u > "$tmp/wanted"
find "$store" -type f | sed "s|^$store/||" | sort | comm -23 - "$tmp/wanted" |
  while read -r f; do rm -f "$store/$f"; done
echo "SLOTFLIP_EVENT assets: $(wc -l < "$lists/${releaseId}") files of release ${releaseId} kept" \
  "($fetched fetched; $missing named but not served)"
rm -rf "$tmp"`,
  };
}
