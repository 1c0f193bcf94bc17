import { getMeta } from '../../store/meta';
import { listCategories, listCommittees, listRoutingRules, listUnits } from '../../store/reference';
import { listUsers } from '../../store/users';
import type { HandlersFor } from './types';

export const referenceHandlers = {
  'reference:get': (_input, { core }) => ({
    town: {
      name: getMeta(core.db, 'town.name') ?? '',
      demo: getMeta(core.db, 'town.demo') === 'true',
      seatCode: core.seatId,
    },
    units: listUnits(core.db),
    committees: listCommittees(core.db),
    categories: listCategories(core.db),
    routingRules: listRoutingRules(core.db),
    users: listUsers(core.db),
  }),
} satisfies HandlersFor<'reference:get'>;
