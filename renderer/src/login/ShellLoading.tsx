import { useTranslation } from 'react-i18next';
import { useShownAfter } from '../app/lazy-page';
import './login.css';

/**
 * While the console's code arrives after a login (a slow link; normally it came while the person
 * typed): nothing for the first moment, then the words, in plain elements like the login form.
 */
export function ShellLoading() {
  const { t } = useTranslation();
  if (!useShownAfter(150)) return null;
  return (
    <div role="status" data-testid="page-loading" className="login-screen">
      {t('app.loadingPage')}
    </div>
  );
}
