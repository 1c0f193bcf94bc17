import { TableRow } from '@mui/material';
import type { ReactNode } from 'react';
import { rowAttribute } from './row-keys';

/** A table row that opens its case by click or Enter; its table moves between rows by arrows or j/k. */
export function OpenableRow({ onOpen, testId, children }: { onOpen: () => void; testId: string; children: ReactNode }) {
  return (
    <TableRow
      hover
      tabIndex={0}
      sx={{ cursor: 'pointer', '&:focus': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 } }}
      onClick={onOpen}
      onKeyDown={(e) => e.key === 'Enter' && e.target === e.currentTarget && onOpen()}
      data-testid={testId}
      {...{ [rowAttribute]: '' }}
    >
      {children}
    </TableRow>
  );
}
