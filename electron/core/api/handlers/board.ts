import { boardRows } from '../../store/case-sla';
import { viewerParam } from '../../store/case-units';
import { nowOf } from './sla';
import { viewerOfCall, type HandlersFor } from './types';

export const boardHandlers = {
  'board:list': (input, call) => ({ now: nowOf(call), rows: boardRows(call.core.db, { ...input, ...viewerParam(viewerOfCall(call)) }) }),
} satisfies HandlersFor<'board:list'>;
