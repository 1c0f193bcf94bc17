import { getMeta } from '../../store/meta';
import { listCategories, listCommittees, listRoutingRules, listUnits } from '../../store/reference';
import { listUsers } from '../../store/users';
import { deleteRoutingRule, saveCategory, saveCommittee, saveRoutingRule, saveUnit } from '../../town-setup/edit-town';
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
  'reference:saveCommittee': (input, { core }) => saveCommittee(core, input),
  'reference:saveUnit': (input, { core }) => saveUnit(core, input),
  'reference:saveCategory': (input, { core }) => saveCategory(core, input),
  'reference:saveRoutingRule': (input, { core }) => saveRoutingRule(core, input),
  'reference:deleteRoutingRule': (input, { core }) => {
    deleteRoutingRule(core, input.id);
    return {};
  },
} satisfies HandlersFor<'reference:get' | 'reference:saveCommittee' | 'reference:saveUnit' | 'reference:saveCategory' | 'reference:saveRoutingRule' | 'reference:deleteRoutingRule'>;
