import parsePhoneNumber, { validatePhoneNumberLength, type NumberType, type PhoneNumber } from 'libphonenumber-js/max';
import { assertNever } from '../util/assert-never';

/** What kind of line a caller's number is; 'fixed_or_mobile' where the numbering plan cannot tell. */
export type PhoneType =
  | 'mobile'
  | 'fixed'
  | 'fixed_or_mobile'
  | 'toll_free'
  | 'shared_cost'
  | 'premium_rate'
  | 'voip'
  | 'other';

export type PhoneErrorCode =
  | 'phone_empty'
  | 'phone_bad_characters'
  | 'phone_too_short'
  | 'phone_too_long'
  | 'phone_invalid';

export type PhoneResult =
  | {
      readonly ok: true;
      /** The key the store files callers under: +8613800138000. */
      readonly e164: string;
      /** How an operator reads it: 138 0013 8000, 021 5012 3456; foreign numbers in international form. */
      readonly display: string;
      readonly type: PhoneType;
      /** ISO 3166 region, 'CN' for almost every caller. */
      readonly country: string | null;
    }
  | { readonly ok: false; readonly code: PhoneErrorCode };

export interface PhoneOptions {
  /** Area code assumed for a local landline typed without one (Shanghai: '21'). */
  readonly defaultAreaCode?: string;
}

/** Digits (also full-width), a leading +, and the separators people type; letters are refused, not read as vanity numbers. */
const allowedCharacters = /^[\s\d０-９+＋\-–().（）]+$/u;
/**
 * A Chinese local landline is 7 or 8 digits and never starts with 0 (trunk prefix) or 1
 * (mobiles and service numbers), so such input can only mean "same area code as us".
 */
const localLandline = /^[2-9]\d{6,7}$/;

type Parsed = { readonly ok: true; readonly number: PhoneNumber } | { readonly ok: false; readonly code: PhoneErrorCode };

/** The checks every reading of a typed number shares; a valid number is parsed once. */
function parseCallerPhone(input: string, options: PhoneOptions): Parsed {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, code: 'phone_empty' };
  if (!allowedCharacters.test(trimmed)) return { ok: false, code: 'phone_bad_characters' };

  const digits = trimmed.normalize('NFKC').replace(/[^\d+]/g, '');
  const text = localLandline.test(digits) ? `0${options.defaultAreaCode ?? '21'}${digits}` : trimmed;

  const parsed = parsePhoneNumber(text, 'CN');
  if (parsed?.isValid()) return { ok: true, number: parsed };
  // Only a number that failed is measured, to say whether it is short or long.
  const lengthProblem = validatePhoneNumberLength(text, 'CN');
  if (lengthProblem === 'TOO_SHORT') return { ok: false, code: 'phone_too_short' };
  if (lengthProblem === 'TOO_LONG') return { ok: false, code: 'phone_too_long' };
  return { ok: false, code: 'phone_invalid' };
}

/** Validates a caller's number and normalises it to E.164, reading it as a Chinese number unless it says otherwise. */
export function normalisePhone(input: string, options: PhoneOptions = {}): PhoneResult {
  const result = parseCallerPhone(input, options);
  if (!result.ok) return result;
  const parsed = result.number;
  const country = parsed.country ?? null;
  return {
    ok: true,
    e164: parsed.number,
    display: country === 'CN' ? parsed.formatNational() : parsed.formatInternational(),
    type: phoneType(parsed.getType()),
    country,
  };
}

/**
 * The same checks as `normalisePhone`, giving only the E.164 key the store files callers under:
 * the save path skips formatting and line-type lookup, which cost more than the parse.
 */
export function phoneKey(input: string, options: PhoneOptions = {}): { readonly ok: true; readonly e164: string } | { readonly ok: false; readonly code: PhoneErrorCode } {
  const result = parseCallerPhone(input, options);
  return result.ok ? { ok: true, e164: result.number.number } : result;
}

function phoneType(type: NumberType): PhoneType {
  switch (type) {
    case 'MOBILE':
      return 'mobile';
    case 'FIXED_LINE':
      return 'fixed';
    case 'FIXED_LINE_OR_MOBILE':
      return 'fixed_or_mobile';
    case 'TOLL_FREE':
      return 'toll_free';
    case 'SHARED_COST':
      return 'shared_cost';
    case 'PREMIUM_RATE':
      return 'premium_rate';
    case 'VOIP':
      return 'voip';
    case 'PERSONAL_NUMBER':
    case 'PAGER':
    case 'UAN':
    case 'VOICEMAIL':
    case undefined:
      return 'other';
    default:
      return assertNever(type);
  }
}

/**
 * Privacy mode: the caller's number with its middle hidden, as Chinese apps print it (138****8000).
 * Keeps the first three and last four national digits (trunk 0 included, so 021****3456);
 * a number too short for that keeps only its last two.
 */
export function maskPhone(e164: string): string {
  const parsed = parsePhoneNumber(e164, 'CN');
  const national = parsed
    ? parsed.formatNational().replace(/\D/g, '')
    : e164.normalize('NFKC').replace(/\D/g, '');
  if (national.length >= 8) return `${national.slice(0, 3)}${'*'.repeat(national.length - 7)}${national.slice(-4)}`;
  return `${'*'.repeat(Math.max(national.length - 2, 0))}${national.slice(-2)}`;
}
