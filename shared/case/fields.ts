import { z } from 'zod';

/**
 * Length limits shared by the form, the API boundary and sync peers, in characters (Unicode code
 * points, as zod counts them: an emoji is one, though an input's `maxLength` counts it as two).
 * Forms show these; nothing else restates them.
 */
export const limits = {
  description: 4000,
  name: 64,
  address: 200,
  phone: 32,
  note: 2000,
  id: 64,
  caseNumber: 40,
  question: 200,
  keyword: 20,
  searchQuery: 100,
  reason: 200,
  /** An appeal's reason and its ruling's note. */
  appealNote: 500,
  deductionId: 200,
  username: 64,
  password: 256,
  yearScheduleFile: 200_000,
} as const;

/**
 * Characters no field may hold: C0 and C1 controls other than tab and newline (a NUL would reach
 * SQL, the others hide text or break logs and exports) and UTF-16 surrogates without their pair,
 * which SQLite would store as replacement characters.
 */
const forbiddenCharacter =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasForbiddenCharacter(value: string): boolean {
  return forbiddenCharacter.test(value);
}

/** The zod issue parameter the boundary translates into "contains characters that are not allowed". */
export const badCharactersReason = 'bad_characters';

/**
 * Every free-text field of the contract: at most `max` characters after trimming, line breaks
 * normalised to `\n` (a pasted Windows text is not refused for its CR), no forbidden characters.
 * The length is checked on the raw string first, so a megabyte is refused before it is scanned.
 */
export function text(max: number, options: { readonly min?: number; readonly trim?: boolean } = {}) {
  const trim = options.trim !== false;
  const normalised = z
    .string()
    .max(max)
    .overwrite((value) => {
      const lines = value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value;
      return trim ? lines.trim() : lines;
    });
  const checked = normalised.refine((value) => !hasForbiddenCharacter(value), {
    params: { reason: badCharactersReason },
  });
  return options.min === undefined ? checked : checked.min(options.min);
}

export const EntityId = text(limits.id, { min: 1 });

export const Caller = z.object({
  phone: text(limits.phone),
  name: text(limits.name),
});
export type Caller = z.infer<typeof Caller>;
