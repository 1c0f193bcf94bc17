import type { Urgency } from '../../../shared/case/vocabulary';
import type { ApiClient } from '../api/client';
import { callEarly } from '../live/early-call';

export interface BoardFilter {
  readonly unitId: string | null;
  readonly committeeId: string | null;
  readonly categoryId: string | null;
  readonly urgency: Urgency | null;
}

export const noFilter: BoardFilter = { unitId: null, committeeId: null, categoryId: null, urgency: null };

/** More than a tall screen holds, so the first answer fills it. */
const firstRows = 60;

/** The board's first call: the first screen of rows, in their own small answer (the whole list follows). */
export const boardHeadInput = (filter: BoardFilter) => ({ ...filter, limit: firstRows });

/** The board opens unfiltered: its first rows are asked for by the key that opens it (early-call.ts). */
export const callBoardHeadEarly = (api: ApiClient) => callEarly(api, 'board:list', boardHeadInput(noFilter));
