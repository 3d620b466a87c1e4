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
    text: `store=${quote(l.assets)}; lists=${quote(l.assetLists)}; base=${quote(target.base)}
install -d -m 0755 "$(dirname "$store")" "$store" "$lists"
# Fetched files are hard-linked into the store from beside it (one file system): each appears there whole. A run
# killed here left its directory; the instance's lock means no other run is here now.
rm -rf "$(dirname "$store")"/.assets-*
tmp=$(mktemp -d "$(dirname "$store")/.assets-XXXXXX")
# Asset paths named in the files listed in $1, relative to the site's root: "./x.js" sits beside the file naming it.
refs() { { xargs -r -d '\\n' grep -ohE ${quote(names)} -- < "$1" || true; } | sed 's|^\\./|${dir}|' | sort -u; }
# fetch LIST: the names in LIST from the slot into $tmp/got; those that arrived whole (200, no error) into $tmp/ok.
# One curl a round, every file over its connections: 250 files cost one process, not 250. Before curl 7.75 a
# transfer's own exit status is not in the write-out, so there each file has a curl of its own, whose status says it.
if [ "$(curl -s -o /dev/null -w '%{exitcode}' file:///dev/null 2>/dev/null || true)" = 0 ]; then
  fetch() {
    while read -r f; do printf 'url = "%s/%s"\\noutput = "%s/got/%s"\\n' "$base" "$f" "$tmp" "$f"; done < "$1" \\
      > "$tmp/cfg"
    curl -s --parallel --parallel-max 4 --create-dirs --max-time 10 ${target.args} -K "$tmp/cfg" \\
      -w '%{exitcode} %{http_code} %{filename_effective}\\n' > "$tmp/w" || true
    while read -r e c f; do [ "$e $c" != '0 200' ] || printf '%s\\n' "\${f#"$tmp/got/"}"; done < "$tmp/w" > "$tmp/ok"
  }
else
  fetch() {
    while read -r f; do
      ! curl -sf --create-dirs --max-time 10 ${target.args} -o "$tmp/got/$f" "$base/$f" || printf '%s\\n' "$f"
    done < "$1" > "$tmp/ok"
  }
fi
curl -sf --max-time 10 ${target.args} -o "$tmp/index" "$base/" ||
  { echo ${quote(`assets: / on the ${slot} slot did not answer`)} >&2; rm -rf "$tmp"; exit 1; }
echo "$tmp/index" > "$tmp/files"; refs "$tmp/files" > "$tmp/queue"; : > "$tmp/seen"; : > "$tmp/kept"
missing=0; fetched=0
while [ -s "$tmp/queue" ]; do
  comm -23 "$tmp/queue" "$tmp/seen" > "$tmp/next"
  [ -s "$tmp/next" ] || break
  sort -u "$tmp/seen" "$tmp/next" -o "$tmp/seen"
  if [ "$(wc -l < "$tmp/seen")" -gt ${MAX_ASSETS} ]; then echo ${quote(
    `assets: more than ${MAX_ASSETS} ` + `files named from /: stopped following them`,
  )} >&2; break; fi
  # A name is content-addressed: one the store has is kept as it is, the others are fetched.
  while read -r f; do if [ -f "$store/$f" ]; then echo "$f" >&3; else echo "$f" >&4; fi; done < "$tmp/next" \\
    3> "$tmp/round" 4> "$tmp/want"
  if [ -s "$tmp/want" ]; then
    rm -rf "$tmp/got"; fetch "$tmp/want"
    n=$(wc -l < "$tmp/ok"); w=$(wc -l < "$tmp/want"); fetched=$((fetched + n)); missing=$((missing + w - n))
    # What did not arrive whole may have left a part or an error page: only the names in ok reach the store.
    [ "$n" -eq "$w" ] || [ ! -d "$tmp/got" ] || (cd "$tmp/got" && find . -type f | sed 's|^\\./||' | sort |
      comm -23 - <(sort "$tmp/ok") | xargs -r -d '\\n' rm -f --)
    if [ "$n" -gt 0 ]; then
      chmod -R u=rwX,go=rX "$tmp/got"; cp -al "$tmp/got/." "$store/"; cat "$tmp/ok" >> "$tmp/round"
    fi
  fi
  cat "$tmp/round" >> "$tmp/kept"
  while read -r f; do case "$f" in *.js|*.mjs|*.css) echo "$store/$f" ;; esac; done < "$tmp/round" > "$tmp/files"
  refs "$tmp/files" > "$tmp/queue"
done
sort -u "$tmp/kept" > "$lists/${releaseId}"
# The lists of the last ${keep} releases keep their files; every other file goes.
ls -t "$lists" | tail -n +${keep + 1} | (cd "$lists" && xargs -r -d '\\n' rm -f --)
cat "$lists"/* | sort -u > "$tmp/wanted"
(cd "$store" && find . -type f | sed 's|^\\./||' | sort | comm -23 - "$tmp/wanted" | xargs -r -d '\\n' rm -f --)
echo "SLOTFLIP_EVENT assets: $(wc -l < "$lists/${releaseId}") files of release ${releaseId} kept" \\
  "($fetched fetched; $missing named but not served)"
rm -rf "$tmp"`,
  };
}
