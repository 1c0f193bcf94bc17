import { TableRow } from '@mui/material';
import type { ReactNode } from 'react';

/** A table row that opens its case by click or by Tab + Enter: every list's keyboard path to a case. */
export function OpenableRow({ onOpen, testId, children }: { onOpen: () => void; testId: string; children: ReactNode }) {
  return (
    <TableRow
      hover
      tabIndex={0}
      sx={{ cursor: 'pointer' }}
      onClick={onOpen}
      onKeyDown={(e) => e.key === 'Enter' && onOpen()}
      data-testid={testId}
    >
      {children}
    </TableRow>
  );
}
