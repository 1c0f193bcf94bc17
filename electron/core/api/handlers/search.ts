import { searchCases } from '../../search/search-cases';
import { listSynonyms } from '../../store/synonyms';
import { viewerOfCall, type HandlersFor } from './types';

export const searchHandlers = {
  'search:cases': (input, call) => {
    call.core.searchIndex.flush();
    return searchCases(call.core.db, input, viewerOfCall(call), listSynonyms(call.core.db));
  },
} satisfies HandlersFor<'search:cases'>;
