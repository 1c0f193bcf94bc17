import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './login.css';

/**
 * While the console's code arrives after a login (a slow link; normally it came while the person
 * typed): nothing for the first moment, then the words, in plain elements like the login form.
 */
export function ShellLoading() {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), 150);
    return () => clearTimeout(timer);
  }, []);
  if (!shown) return null;
  return (
    <div role="status" data-testid="page-loading" className="login-screen">
      {t('app.loadingPage')}
    </div>
  );
}
