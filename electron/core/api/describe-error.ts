import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { ApiError, type ApiErrorBody } from '../../../shared/api/errors';
import { badCharactersReason } from '../../../shared/case/fields';

/** Turns the first zod issue into one sentence a call-taker can act on, naming the field. */
export function describeValidation(error: z.ZodError, t: TFunction): ApiErrorBody {
  const issue = error.issues[0];
  const path = issue?.path.filter((p): p is string => typeof p === 'string') ?? [];
  const fieldKey = path.at(-1) ?? 'input';
  const field = t(`fields.${fieldKey}`, { defaultValue: fieldKey });
  let detail: string;
  switch (issue?.code) {
    case 'too_big':
      detail = t('validation.too_long', { field, max: String(issue.maximum) });
      break;
    case 'too_small':
      detail = t(Number(issue.minimum) <= 1 ? 'validation.required' : 'validation.too_short', { field });
      break;
    case 'invalid_type':
      detail = t(issue.input === undefined ? 'validation.required' : 'validation.invalid_type', { field });
      break;
    case 'custom':
      detail = t(issue.params?.reason === badCharactersReason ? 'validation.bad_characters' : 'validation.invalid_value', { field });
      break;
    case 'unrecognized_keys':
      detail = t('validation.unrecognized_keys', { keys: issue.keys.join(', ') });
      break;
    default:
      detail = t('validation.invalid_value', { field });
  }
  return { code: 'invalid_input', message: t('errors.invalid_input', { detail }), field: path.join('.') || undefined };
}

export function describeApiError(error: ApiError, t: TFunction): ApiErrorBody {
  const params: Record<string, string | number> = { ...error.params };
  if (typeof params.field === 'string') params.field = t(`fields.${params.field}`, { defaultValue: params.field });
  if (typeof params.status === 'string') params.status = t(`status.${params.status}`, { defaultValue: params.status });
  if (typeof params.action === 'string') params.action = t(`actions.${params.action}`, { defaultValue: params.action });
  return { code: error.code, message: t(`errors.${error.code}`, params), ...(error.field ? { field: error.field } : {}) };
}
