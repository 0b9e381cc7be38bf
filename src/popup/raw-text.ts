/**
 * A textarea reports every line break as LF (its API value is newline-normalised), but a
 * secret pasted from Windows or a config file may hold CRLF or CR, and must arrive as it was.
 * The popup therefore keeps the raw text itself and applies what the textarea shows onto it.
 */

export function displayText(raw: string): string {
  return raw.replace(/\r\n?/g, '\n');
}

/** Where a position in the displayed text falls in the raw text. */
function rawOffset(raw: string, displayOffset: number): number {
  let shown = 0;
  let index = 0;
  while (shown < displayOffset && index < raw.length) {
    index += raw.startsWith('\r\n', index) ? 2 : 1;
    shown += 1;
  }
  return index;
}

/** Replaces the displayed range [start, end) with `inserted`, kept exactly as given. */
export function replaceDisplayRange(
  raw: string,
  start: number,
  end: number,
  inserted: string,
): string {
  return raw.slice(0, rawOffset(raw, start)) + inserted + raw.slice(rawOffset(raw, end));
}

/**
 * Applies an edit the user made in the textarea (typing, deleting, cutting, undoing) to the
 * raw text. The edit is found as the changed middle between the unchanged start and end.
 */
export function applyDisplayEdit(raw: string, before: string, after: string): string {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix++;
  }
  return replaceDisplayRange(
    raw,
    prefix,
    before.length - suffix,
    after.slice(prefix, after.length - suffix),
  );
}
