import type { UserProfile } from '../reference/types';
import type { SeatScope } from './wire';

/**
 * Who may work at a seat. A unit's desk is its unit's, and an admin's, who enrolls and repairs it;
 * a town seat, or one not enrolled, is everyone's. The hub takes from a unit's desk only what
 * touches that unit's cases, so anyone else's work there would be acknowledged at the desk and
 * then set aside by the hub: the desk refuses the login instead.
 */
export function mayWorkAtSeat(user: Pick<UserProfile, 'role' | 'unitId'>, scope: SeatScope | null): boolean {
  if (scope === null || scope.scope === 'town') return true;
  return user.role === 'admin' || user.unitId === scope.unitId;
}
