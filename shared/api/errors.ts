import { z } from 'zod';

/** Every error that crosses the API boundary has one of these codes; messages come from i18n. */
export const errorCodes = [
  'invalid_input',
  'unknown_method',
  'unauthenticated',
  'forbidden',
  'bad_credentials',
  'account_locked',
  'not_found',
  'invalid_transition',
  'justification_required',
  'extension_limit',
  'redispatch_required',
  'callback_attempts_remaining',
  'cause_required',
  'return_window_passed',
  'reopen_window_passed',
  'unknown_reference',
  'invalid_phone',
  'message_too_large',
  'rate_limited',
  'synonym_taken',
  'hub_unreachable',
  'hub_refused',
  'seat_code_taken',
  'wrong_seat',
  'username_taken',
  'password_too_short',
  'own_account',
  'name_taken',
  'rule_exists',
  'internal',
] as const;
export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiErrorBody = z.object({
  code: ErrorCode,
  message: z.string(),
  /** Which input field was wrong, when one was. */
  field: z.string().optional(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Thrown inside the core, turned into `{ ok: false, error }` at the boundary. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Readonly<Record<string, string | number>> = {},
    readonly field?: string,
  ) {
    super(code);
  }
}
