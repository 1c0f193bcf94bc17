import { z } from 'zod';

/**
 * How long something may take: minutes run around the clock (hours are written as minutes);
 * working days follow the working calendar and end at 24:00 Asia/Shanghai.
 */
export const SlaLimit = z.discriminatedUnion('unit', [
  z.object({ unit: z.literal('minutes'), amount: z.number().int().positive() }),
  z.object({ unit: z.literal('workingDays'), amount: z.number().int().positive() }),
]);
export type SlaLimit = z.infer<typeof SlaLimit>;

export function minutes(amount: number): SlaLimit {
  return { unit: 'minutes', amount };
}

export function hours(amount: number): SlaLimit {
  return { unit: 'minutes', amount: amount * 60 };
}

export function workingDays(amount: number): SlaLimit {
  return { unit: 'workingDays', amount };
}
