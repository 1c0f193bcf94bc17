import { Box, type SxProps, type Theme } from '@mui/material';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import { onRowKeys, rowAttribute, useFocusFirstRow } from './row-keys';

/**
 * A long list of cases, virtualised (only the visible rows are in the page): the first row takes
 * the focus, arrows or j/k move (the overscan keeps the next row in the page), Enter or a click
 * opens. `onRendered` gets the last rendered index, for paging as one scrolls.
 */
export function VirtualRows<T>({
  items,
  rowHeight,
  keyOf,
  onOpen,
  onRendered,
  kind,
  testId,
  rowTestId,
  labelledBy,
  scrollerSx,
  rowSx,
  children,
}: {
  items: readonly T[];
  rowHeight: number;
  keyOf: (item: T) => string;
  onOpen: (item: T) => void;
  onRendered?: (lastIndex: number) => void;
  /** A table-like grid of rows, or a plain list. */
  kind: 'rows' | 'list';
  testId?: string;
  rowTestId: string;
  labelledBy?: string;
  scrollerSx?: SxProps<Theme>;
  rowSx?: SxProps<Theme>;
  children: (item: T) => ReactNode;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 10,
  });
  const rendered = virtualizer.getVirtualItems();
  const lastIndex = rendered.at(-1)?.index ?? -1;
  useEffect(() => {
    if (lastIndex >= 0) onRendered?.(lastIndex);
  }, [lastIndex, onRendered]);
  useFocusFirstRow(scroller, items.length > 0);

  return (
    <Box
      ref={scroller}
      sx={[{ flex: 1, overflow: 'auto', minHeight: 300 }, ...(Array.isArray(scrollerSx) ? scrollerSx : [scrollerSx])]}
      role={kind === 'rows' ? 'rowgroup' : 'list'}
      aria-labelledby={labelledBy}
      data-testid={testId}
      onKeyDown={onRowKeys}
    >
      <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {rendered.map((row) => {
          const item = items[row.index];
          if (item === undefined) return null;
          return (
            <Box
              key={keyOf(item)}
              role={kind === 'rows' ? 'row' : 'listitem'}
              tabIndex={0}
              data-testid={rowTestId}
              onClick={() => onOpen(item)}
              onKeyDown={(e) => e.key === 'Enter' && e.target === e.currentTarget && onOpen(item)}
              {...{ [rowAttribute]: '' }}
              sx={[
                {
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: rowHeight,
                  transform: `translateY(${row.start}px)`,
                  px: 1,
                  cursor: 'pointer',
                  overflow: 'hidden',
                  borderBottom: 1,
                  borderColor: 'divider',
                  '&:hover': { bgcolor: 'action.hover' },
                  '&:focus': { bgcolor: 'action.selected', outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
                },
                ...(Array.isArray(rowSx) ? rowSx : [rowSx]),
              ]}
            >
              {children(item)}
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
