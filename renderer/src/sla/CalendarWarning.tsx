import { Alert } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import { isIn } from '../../../shared/reference/audiences';
import { useApp } from '../app/session';

type Warning = NonNullable<MethodOutput<'sla:status'>['calendarWarning']>;

export function CalendarWarningText({ warning }: { warning: Warning }) {
  const { t } = useTranslation();
  return warning.code === 'calendar_ran_out'
    ? t('sla.calendarRanOut', { date: warning.coveredThrough })
    : t('sla.calendarRunningOut', { date: warning.coveredThrough, count: warning.daysLeft });
}

/** A month before the official holidays run out, the admin and supervisors are told at every start. */
export function CalendarWarningBanner({ hidden }: { hidden: boolean }) {
  const { api, session } = useApp();
  const [warning, setWarning] = useState<Warning | null>(null);
  const concerned = isIn(session.user.role, 'ruleSetters');
  useEffect(() => {
    if (concerned) void api.call('sla:status', {}).then((s) => setWarning(s.calendarWarning));
  }, [api, concerned]);
  if (!warning || hidden) return null;
  return (
    <Alert severity={warning.code === 'calendar_ran_out' ? 'error' : 'warning'} data-testid="calendar-warning">
      <CalendarWarningText warning={warning} />
    </Alert>
  );
}
