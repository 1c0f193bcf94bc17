import { Box, type SxProps, type Theme } from '@mui/material';
import type { SystemStyleObject } from '@mui/system';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, type ReactNode } from 'react';
import { onRowKeys, rowAttribute, useFocusFirstRow } from './row-keys';

interface RowProps<T> {
  readonly item: T;
  readonly start: number;
  readonly role: 'row' | 'listitem';
  readonly testId: string;
  readonly onOpen: (item: T) => void;
  readonly children: (item: T) => ReactNode;
}

/**
 * One drawn row: a plain element whose look comes from the list's one style rule and whose place
 * is an inline transform, so scrolling creates no style per position; memoised, so a scroll step
 * draws only the rows that come into view (a profile showed every row redrawn per frame).
 */
function RowOf<T>({ item, start, role, testId, onOpen, children }: RowProps<T>) {
  return (
    <div
      role={role}
      tabIndex={0}
      data-testid={testId}
      onClick={() => onOpen(item)}
      onKeyDown={(e) => e.key === 'Enter' && e.target === e.currentTarget && onOpen(item)}
      style={{ transform: `translateY(${start}px)` }}
      {...{ [rowAttribute]: '' }}
    >
      {children(item)}
    </div>
  );
}
const Row = memo(RowOf) as typeof RowOf;

/**
 * A long list of cases, virtualised (only the visible rows are in the page): the first row takes
 * the focus, arrows or j/k move (the overscan keeps the next row in the page), Enter or a click
 * opens. `onRendered` gets the last rendered index, for paging as one scrolls. `keyOf`, `onOpen`
 * and `children` should keep their identity while the items do, or every row is drawn again.
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
  /** Every row's style, written once for the list. */
  rowSx?: SystemStyleObject<Theme>;
  children: (item: T) => ReactNode;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    // Rows redraw in React's own batch, not synchronously inside every scroll event.
    useFlushSync: false,
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
      sx={[
        {
          flex: 1,
          overflow: 'auto',
          minHeight: 300,
          [`& [${rowAttribute}]`]: {
            position: 'absolute',
            top: 0,
            left: 0,
            right: 0,
            height: rowHeight,
            boxSizing: 'border-box',
            px: 1,
            cursor: 'pointer',
            overflow: 'hidden',
            borderBottom: 1,
            borderColor: 'divider',
            // A row's drawing never reaches outside it: a changed row is laid out and painted alone.
            contain: 'layout paint style',
            '&:hover': { bgcolor: 'action.hover' },
            '&:focus': { bgcolor: 'action.selected', outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
            ...rowSx,
          },
        },
        ...(Array.isArray(scrollerSx) ? scrollerSx : [scrollerSx]),
      ]}
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
            <Row key={keyOf(item)} item={item} start={row.start} role={kind === 'rows' ? 'row' : 'listitem'} testId={rowTestId} onOpen={onOpen}>
              {children}
            </Row>
          );
        })}
      </Box>
    </Box>
  );
}
