import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CallFailed } from '../api/client';

/**
 * One save of the town's set-up, its outcome in a message. The seat's reference data is read
 * again on the core's `reference:changed` push, which every save sends (App).
 */
export function useTownSave() {
  const { t } = useTranslation();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async <T,>(action: () => Promise<T>, done: string | ((saved: T) => string)): Promise<boolean> => {
    try {
      const saved = await action();
      setMessage({ ok: true, text: typeof done === 'string' ? done : done(saved) });
      return true;
    } catch (e) {
      setMessage({ ok: false, text: e instanceof CallFailed ? e.message : t('errors.network') });
      return false;
    }
  };
  return { message, run };
}
