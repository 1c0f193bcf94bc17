import { ApiError } from '../../../../shared/api/errors';
import { wallData } from '../../sla/wall-data';
import { viewerOfCall, type HandlersFor } from './types';

export const wallHandlers = {
  'wall:get': (input, call) => {
    // The wall shows the town as a whole: its counts and rankings cannot be cut to one unit's view.
    if (viewerOfCall(call).scope !== 'town') throw new ApiError('forbidden');
    return wallData(call.core.db, call.core.now(), input.privacy);
  },
} satisfies HandlersFor<'wall:get'>;
