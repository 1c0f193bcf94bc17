import { ApiError } from '../../../shared/api/errors';
import { phoneKey } from '../../../shared/intake/phone';

/**
 * The caller's number as the store files it: E.164, or '' for a caller who withheld it. A number
 * that cannot exist is refused with the reason, so nothing is filed under a typo.
 */
export function callerPhoneKey(typed: string): string {
  if (typed.trim() === '') return '';
  const result = phoneKey(typed);
  if (!result.ok) throw new ApiError('invalid_phone', { phone: typed.slice(0, 32) }, 'caller.phone');
  return result.e164;
}
