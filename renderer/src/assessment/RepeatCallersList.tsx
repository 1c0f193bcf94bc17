import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { forwardRef, useImperativeHandle, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import { useNames } from '../app/session';
import { formatShanghaiTime } from '../cases/format-time';
import { OpenableRow } from '../cases/OpenableRow';
import { onRowKeys, rowAttribute } from '../cases/row-keys';

type Callers = MethodOutput<'assessment:repeatCallers'>['callers'];

export interface ListHandle {
  focus(): void;
}

/** 重复来电: one row per caller and matter; Enter opens the calls behind it. */
export const RepeatCallersList = forwardRef<ListHandle, { callers: Callers; onOpen: (c: Callers[number]) => void }>(function RepeatCallersList({ callers, onOpen }, ref) {
  const { t } = useTranslation();
  const names = useNames();
  const body = useRef<HTMLTableSectionElement>(null);
  useImperativeHandle(ref, () => ({ focus: () => body.current?.querySelector<HTMLElement>(`[${rowAttribute}]`)?.focus() }));
  if (callers.length === 0) return <Typography>{t('decision.repeatNone')}</Typography>;
  return (
    <Table size="small" aria-label={t('decision.repeatTitle')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('decision.phone')}</TableCell>
          <TableCell>{t('decision.where')}</TableCell>
          <TableCell>{t('decision.calls')}</TableCell>
          <TableCell>{t('decision.first')}</TableCell>
          <TableCell>{t('decision.latest')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody ref={body} onKeyDown={onRowKeys}>
        {callers.map((c) => {
          const last = c.calls.at(-1)!;
          return (
            <OpenableRow key={`${c.phone}|${c.categoryId}|${c.calls[0]!.caseId}`} onOpen={() => onOpen(c)} testId="repeat-row">
              <TableCell sx={{ fontFamily: 'monospace' }}>{c.phone}</TableCell>
              <TableCell>{names.committee.get(last.committeeId) ?? last.committeeId} · {names.category.get(c.categoryId) ?? c.categoryId}</TableCell>
              <TableCell>{c.calls.length}</TableCell>
              <TableCell>{formatShanghaiTime(c.calls[0]!.registeredAt)}</TableCell>
              <TableCell>{formatShanghaiTime(last.registeredAt)}</TableCell>
            </OpenableRow>
          );
        })}
      </TableBody>
    </Table>
  );
});
