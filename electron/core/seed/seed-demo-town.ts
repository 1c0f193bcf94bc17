import { demoTown } from '../../../shared/demo/town';
import { hashPassword } from '../auth/password';
import type { DB } from '../store/db';
import { getMeta, setMeta } from '../store/meta';
import { insertCategory, insertCommittee, insertRoutingRule, insertUnit } from '../store/reference';
import { insertUser } from '../store/users';

/**
 * A fresh install gets the Gaohang demo town, marked as demo so no one mistakes it for live
 * data. Runs once: a store that already has a town is left alone.
 */
export async function seedDemoTownIfEmpty(db: DB): Promise<boolean> {
  if (getMeta(db, 'town.name') !== null) return false;
  const users = await Promise.all(
    demoTown.users.map(async (u) => ({ ...u, passwordHash: await hashPassword(u.password) })),
  );
  db.transaction(() => {
    if (getMeta(db, 'town.name') !== null) return;
    setMeta(db, 'town.name', demoTown.town.name);
    setMeta(db, 'town.demo', 'true');
    demoTown.committees.forEach((c) => insertCommittee(db, c));
    demoTown.units.forEach((u) => insertUnit(db, u));
    demoTown.categories.forEach((c, i) => insertCategory(db, c, i));
    demoTown.routingRules.forEach((r) => insertRoutingRule(db, r));
    users.forEach((u) => insertUser(db, u));
  }).immediate();
  return true;
}
