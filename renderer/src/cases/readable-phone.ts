import { normalisePhone } from '../../../shared/intake/phone';

/** The number as a handler dials it (138 0013 8000); kept as stored when it does not parse. */
export function readablePhone(phone: string): string {
  const parsed = normalisePhone(phone);
  return parsed.ok ? parsed.display : phone;
}
