/**
 * PostgreSQL text and jsonb cannot hold NUL characters, and jsonb refuses lone surrogates: such an
 * item would fail its whole transaction. JSON.stringify writes both as `\u` escapes, which an odd
 * run of backslashes before them tells apart from an escaped backslash followed by "u0000".
 */
const unstorable = /(?<!\\)(?:\\\\)*\\u(?:0000|d[89ab][0-9a-f]{2}(?!\\ud[c-f][0-9a-f]{2})|(?<!\\ud[89ab][0-9a-f]{2})d[c-f][0-9a-f]{2})/i;

export function isStorable(json: string): boolean {
  return !unstorable.test(json);
}

const unstorableCharacter = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** isStorable of a single string, read as it is rather than serialised first (a pushed item's keys). */
export function isStorableString(value: string): boolean {
  return !unstorableCharacter.test(value);
}

/** What quarantine keeps of a refused item: its JSON, cut to a bound, with the unstorable escapes neutralised. */
export function quarantineText(item: unknown, maxChars = 64 * 1024): string {
  let json: string;
  try {
    json = JSON.stringify(item) ?? 'undefined';
  } catch {
    json = String(item);
  }
  // Doubling the backslash turns the escape into plain text; nothing else in the JSON changes.
  return json.slice(0, maxChars).replace(/\\u(0000|d[89a-f][0-9a-f]{2})/gi, '\\\\u$1').replace(/\0/g, '');
}
