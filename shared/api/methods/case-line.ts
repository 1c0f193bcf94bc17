import { z } from 'zod';
import { CaseKind, CaseStatus } from '../../case/vocabulary';

/** A case as a line of a list shows it (caller history, duplicates, search hits): enough to recognise it, without its history. */
export const CaseLine = z.object({
  id: z.string(),
  number: z.string(),
  status: CaseStatus,
  registeredAt: z.string(),
  kind: CaseKind,
  categoryId: z.string(),
  committeeId: z.string(),
  responsibleUnitId: z.string().nullable(),
  callerName: z.string(),
  address: z.string(),
  description: z.string(),
});
export type CaseLine = z.infer<typeof CaseLine>;
