import { z } from 'zod';
import { LinkState, QuarantineEntry } from '../../sync/link-state';
import { SeatScope } from '../../sync/wire';
import type { MethodSpec } from './spec';
import { Empty } from './spec';

export const SyncStatus = z.object({
  state: LinkState,
  /** This seat's code, on its events and case numbers. */
  seatCode: z.string(),
  hub: z
    .object({
      url: z.string(),
      seatId: z.string(),
      seatCode: z.string(),
      townId: z.string(),
      scope: SeatScope,
      cursor: z.number(),
      /** An admin seat pushes the settings edited at it; any other keeps them to itself. */
      admin: z.boolean(),
    })
    .nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const EnrollInput = z.object({
  hubUrl: z.url({ protocol: /^https?$/ }).max(300),
  code: z.string().trim().min(8).max(64),
  label: z.string().trim().min(1).max(80),
});

/** The seat's link to the hub (DESIGN §7): its state for the app bar, enrollment and quarantine for settings. */
export const syncMethods = {
  'sync:status': { input: Empty, output: SyncStatus, public: false },
  'sync:enroll': { input: EnrollInput, output: SyncStatus, public: false },
  'sync:quarantine': { input: Empty, output: z.array(QuarantineEntry), public: false },
} as const satisfies Record<string, MethodSpec>;
