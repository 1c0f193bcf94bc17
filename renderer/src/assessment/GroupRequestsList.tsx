import { Alert, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { forwardRef, useImperativeHandle, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import { useNames } from '../app/session';
import { formatShanghaiTime } from '../cases/format-time';
import { OpenableRow } from '../cases/OpenableRow';
import { onRowKeys, rowAttribute } from '../cases/row-keys';
import { Kbd } from '../keyboard/Kbd';
import { shortcuts } from '../keyboard/shortcuts';
import type { ListHandle } from './RepeatCallersList';

export type Suggestion = MethodOutput<'assessment:groupRequests'>['suggestions'][number];

/**
 * 群体性诉求 suggestions: Enter opens the calls; the merge key folds them under the main case
 * (the row with the focus, else the first), which then counts every call as a group request.
 */
export const GroupRequestsList = forwardRef<
  ListHandle,
  { suggestions: readonly Suggestion[]; next: Suggestion | null; merged: Readonly<Record<string, string>>; canMerge: boolean; onOpen: (s: Suggestion) => void; onMerge: (s: Suggestion) => void; onFocusRow: (s: Suggestion) => void }
>(function GroupRequestsList({ suggestions, next, merged, canMerge, onOpen, onMerge, onFocusRow }, ref) {
  const { t } = useTranslation();
  const names = useNames();
  const body = useRef<HTMLTableSectionElement>(null);
  useImperativeHandle(ref, () => ({ focus: () => body.current?.querySelector<HTMLElement>(`[${rowAttribute}]`)?.focus() }));
  const mergedRows = Object.entries(merged);
  return (
    <>
      {mergedRows.map(([key, number]) => (
        <Alert key={key} severity="success" sx={{ py: 0, mb: 1 }} data-testid="group-merged">{t('decision.groupMerged', { number })}</Alert>
      ))}
      {suggestions.length === 0 ? (
        <Typography>{t('decision.groupNone')}</Typography>
      ) : (
        <Table size="small" aria-label={t('decision.groupTitle')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('decision.where')}</TableCell>
              <TableCell>{t('decision.callers')}</TableCell>
              <TableCell>{t('decision.calls')}</TableCell>
              <TableCell>{t('decision.main')}</TableCell>
              <TableCell>{t('decision.first')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody
            ref={body}
            onKeyDown={onRowKeys}
            onFocus={(e) => {
              const rows = [...(body.current?.querySelectorAll(`[${rowAttribute}]`) ?? [])];
              const s = suggestions[rows.indexOf(e.target)];
              if (s) onFocusRow(s);
            }}
          >
            {suggestions.map((s) => (
              <OpenableRow key={s.mainCaseId} onOpen={() => onOpen(s)} testId="group-row">
                <TableCell>{names.committee.get(s.committeeId) ?? s.committeeId} · {names.category.get(s.categoryId) ?? s.categoryId}</TableCell>
                <TableCell>{s.callers}</TableCell>
                <TableCell>{s.calls.length}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{s.calls.find((c) => c.caseId === s.mainCaseId)?.number}</TableCell>
                <TableCell>{formatShanghaiTime(s.calls[0]!.registeredAt)}</TableCell>
                <TableCell>
                  {canMerge && (
                    <Button size="small" variant="contained" onClick={(e) => { e.stopPropagation(); onMerge(s); }}>
                      {t('decision.merge')}
                      {s === next && <Kbd>{shortcuts.mergeGroup.label}</Kbd>}
                    </Button>
                  )}
                </TableCell>
              </OpenableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
});
