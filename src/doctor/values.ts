// Small readers of the values doctor's checks find in the probe's lines.

/** Words of `key<sep>value` into a record: the value runs from the first separator to the end of the word. */
function pairs(text: string, sep: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split(/\s+/)
      .filter((w) => w.includes(sep))
      .map((w) => [w.slice(0, w.indexOf(sep)), w.slice(w.indexOf(sep) + 1)]),
  );
}

/** `Key=Value Key=Value` (systemctl show) into a record. */
export const keyValues = (text: string) => pairs(text, '=');

/** `key:value key:value` (redis INFO) into a record. */
export const colonValues = (text: string) => pairs(text, ':');

export const ago = (seconds: number) =>
  seconds < 120
    ? `${Math.round(seconds)} s`
    : seconds < 7200
      ? `${Math.round(seconds / 60)} min`
      : seconds < 172_800
        ? `${Math.round(seconds / 3600)} h`
        : `${Math.round(seconds / 86_400)} days`;
