import { boardRows } from '../../store/case-sla';
import { viewerParam } from '../../store/case-units';
import { nowOf } from './sla';
import { viewerOfCall, type HandlersFor } from './types';

export const boardHandlers = {
  'board:list': ({ limit, ...filter }, call) => ({
    now: nowOf(call),
    ...boardRows(call.core.db, { ...filter, ...viewerParam(viewerOfCall(call)) }, limit),
  }),
} satisfies HandlersFor<'board:list'>;
