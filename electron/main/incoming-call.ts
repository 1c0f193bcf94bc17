import { CallEnvelope, Language } from '../../shared/api/envelope';
import { ApiError, type ApiResult, type ErrorCode } from '../../shared/api/errors';
import { isMethodName } from '../../shared/api/names';
import { describeApiError, describeValidation } from '../core/api/describe-error';
import { translator } from '../core/i18n/translate';

export type Refusal = Extract<ApiResult<never>, { ok: false }>;
export type CheckedCall = { ok: true; envelope: CallEnvelope } | Refusal;

/** A refusal worded like the core's own errors, in the caller's language. */
export function refusal(code: ErrorCode, lang: Language, params: Readonly<Record<string, string>> = {}): Refusal {
  return { ok: false, error: describeApiError(new ApiError(code, params), translator(lang)) };
}

/** The language a call asks for, as far as it can be read from whatever was sent. */
export function languageOf(payload: unknown): Language {
  const lang = typeof payload === 'object' && payload !== null && 'lang' in payload ? payload.lang : undefined;
  return Language.catch('zh-CN').parse(lang);
}

/** Turns what the renderer sent into a numbered envelope, or says why it cannot be one. */
export function checkCall(payload: unknown, id: number): CheckedCall {
  const lang = languageOf(payload);
  if (typeof payload === 'object' && payload !== null) {
    const method = 'method' in payload ? payload.method : undefined;
    if (!isMethodName(method)) return refusal('unknown_method', lang, { method: String(method).slice(0, 64) });
  }
  const parsed = CallEnvelope.safeParse(typeof payload === 'object' && payload !== null ? { ...payload, id } : payload);
  if (!parsed.success) return { ok: false, error: describeValidation(parsed.error, translator(lang)) };
  return { ok: true, envelope: parsed.data };
}
