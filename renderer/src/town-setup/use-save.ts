import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CallFailed } from '../api/client';
import { useApp } from '../app/session';

/** One save of the town's set-up: the outcome in a message, the seat's reference data read again after it. */
export function useTownSave() {
  const { t } = useTranslation();
  const { refreshReference } = useApp();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async (action: () => Promise<unknown>, done: string | (() => string)): Promise<boolean> => {
    try {
      await action();
      await refreshReference();
      setMessage({ ok: true, text: typeof done === 'string' ? done : done() });
      return true;
    } catch (e) {
      setMessage({ ok: false, text: e instanceof CallFailed ? e.message : t('errors.network') });
      return false;
    }
  };
  return { message, run };
}
