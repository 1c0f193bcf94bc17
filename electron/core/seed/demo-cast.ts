import type { CaseRecord } from '../../../shared/case/record';
import { pick, type Rng } from '../../../shared/demo/random';
import type { UserProfile } from '../../../shared/reference/types';
import type { DB } from '../store/db';
import { listUnits } from '../store/reference';
import { insertUser, listUsers } from '../store/users';

/**
 * Not a password hash: verifyPassword refuses anything that is not `scrypt$…`, so the desks a
 * demo history needs for units without a demo account can act in the history but never log in.
 */
const NO_LOGIN = 'no-login';

export interface DemoCast {
  /** The hotline's people: an operator of the two on shift, the dispatcher, the supervisor. */
  seat(role: 'operator' | 'dispatcher' | 'supervisor', record: CaseRecord | null): UserProfile;
  /** The handler who acts for a unit: its demo account, or a desk made for the history. */
  handler(unitId: string): UserProfile;
}

export function demoCast(db: DB, rng: Rng): DemoCast {
  const users = listUsers(db);
  const byRole = (role: UserProfile['role']) => users.filter((u) => u.role === role);
  const operators = byRole('operator');
  const [dispatcher] = byRole('dispatcher');
  const [supervisor] = byRole('supervisor');
  if (operators.length === 0 || !dispatcher || !supervisor) throw new Error('the demo town lacks its hotline accounts');
  const handlers = new Map(byRole('handler').flatMap((u) => (u.unitId ? [[u.unitId, u] as const] : [])));
  const unitName = new Map(listUnits(db).map((u) => [u.id, u.name]));
  return {
    seat(role) {
      if (role === 'dispatcher') return dispatcher;
      if (role === 'supervisor') return supervisor;
      return pick(rng, operators);
    },
    handler(unitId) {
      const known = handlers.get(unitId);
      if (known) return known;
      const desk: UserProfile = {
        id: `user.desk.${unitId.replace(/^unit\./u, '')}`,
        username: `desk-${unitId.replace(/^unit\./u, '').replace(/\./gu, '-')}`,
        displayName: `${unitName.get(unitId) ?? unitId} 承办人（演示）`,
        role: 'handler',
        unitId,
      };
      insertUser(db, { ...desk, passwordHash: NO_LOGIN });
      handlers.set(unitId, desk);
      return desk;
    },
  };
}
