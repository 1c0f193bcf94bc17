import { Alert, Box, Button, Stack } from '@mui/material';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../shared/api/contract';
import { CallFailed } from '../api/client';
import { useApp } from '../app/session';
import { PinyinPicker } from '../intake/PinyinPicker';
import { Kbd } from '../keyboard/Kbd';
import { shortcuts } from '../keyboard/shortcuts';

/**
 * 派单 from a case's detail, where it is what the case waits for: the field has the focus when the
 * case opens, the unit by Chinese or pinyin (scjg → 市场监管所), and Ctrl+Enter sends it, as it saves
 * and dispatches a call at intake.
 */
export function DispatchPicker({ caseId, onDispatched }: { caseId: string; onDispatched: (record: CaseView) => void }) {
  const { t } = useTranslation();
  const { api, reference } = useApp();
  const [unitId, setUnitId] = useState<string | null>(null);
  // Ctrl+Enter on a highlighted option takes it and sends it in one press: the picker's own Enter
  // handling sets the unit before the key reaches this form, in the same event, before a render.
  const chosen = useRef<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const choose = (id: string | null) => {
    chosen.current = id;
    setUnitId(id);
  };
  const dispatch = async () => {
    const unit = chosen.current;
    if (!unit) return;
    try {
      onDispatched(await api.call('cases:dispatch', { caseId, unitId: unit }));
    } catch (e) {
      setError(e instanceof CallFailed ? e.message : t('errors.network'));
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    // shortcuts.dispatchCase, read in React's bubbling phase: after the picker has taken the option.
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
    // Only this form's: a page under the dialog (intake) saves its own call on the same key.
    e.preventDefault();
    e.stopPropagation();
    void dispatch();
  };
  return (
    <Stack spacing={1}>
      <Box onKeyDown={onKeyDown} sx={{ display: 'flex', gap: 1 }}>
        <PinyinPicker label={t('detail.dispatchTo')} options={reference.units} value={unitId} onChange={choose} size="small" autoFocus />
        <Button variant="contained" onClick={() => void dispatch()} disabled={!unitId}>
          {t('actions.dispatch')}
          <Kbd>{shortcuts.dispatchCase.label}</Kbd>
        </Button>
      </Box>
      {error && <Alert severity="error">{error}</Alert>}
    </Stack>
  );
}
