const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A valid, unique ULID for the n-th test event, sorting in n order. */
export function testUlid(n: number, prefix = '01JD'): string {
  let digits = '';
  for (let rest = n; rest > 0; rest = Math.floor(rest / 32)) digits = CROCKFORD[rest % 32] + digits;
  return prefix + digits.padStart(26 - prefix.length, '0');
}
