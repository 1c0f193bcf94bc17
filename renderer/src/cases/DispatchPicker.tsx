import { Alert, Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../shared/api/contract';
import { CallFailed } from '../api/client';
import { useApp } from '../app/session';
import { PinyinPicker } from '../intake/PinyinPicker';

/** 派单 from a case's detail: the unit by Chinese or pinyin (scjg → 市场监管所), then Enter or the button. */
export function DispatchPicker({ caseId, onDispatched }: { caseId: string; onDispatched: (record: CaseView) => void }) {
  const { t } = useTranslation();
  const { api, reference } = useApp();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const dispatch = async () => {
    if (!unitId) return;
    try {
      onDispatched(await api.call('cases:dispatch', { caseId, unitId }));
    } catch (e) {
      setError(e instanceof CallFailed ? e.message : t('errors.network'));
    }
  };
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1}>
        <PinyinPicker label={t('detail.dispatchTo')} options={reference.units} value={unitId} onChange={setUnitId} size="small" />
        <Button variant="contained" onClick={() => void dispatch()} disabled={!unitId}>
          {t('actions.dispatch')}
        </Button>
      </Stack>
      {error && <Alert severity="error">{error}</Alert>}
    </Stack>
  );
}
