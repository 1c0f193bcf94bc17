import type { HandlersFor } from './types';

export const syncHandlers = {
  'sync:status': (_input, { core }) => core.sync.status(),
  'sync:enroll': (input, { core }) => core.sync.enroll(input),
  'sync:quarantine': (_input, { core }) => core.sync.quarantine(),
} satisfies HandlersFor<'sync:status' | 'sync:enroll' | 'sync:quarantine'>;
