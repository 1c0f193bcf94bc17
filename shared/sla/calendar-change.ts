import { z } from 'zod';
import { LocalOverride } from './calendar';
import { Day } from './day';

/** One entry of the calendar's history, as the admin screen lists it. */
export const CalendarChange = z.discriminatedUnion('type', [
  z.object({ type: z.literal('override_saved'), override: LocalOverride }),
  z.object({ type: z.literal('override_removed'), date: Day }),
  z.object({ type: z.literal('year_loaded'), year: z.number().int(), notice: z.string().nullable() }),
]);
export type CalendarChange = z.infer<typeof CalendarChange>;
