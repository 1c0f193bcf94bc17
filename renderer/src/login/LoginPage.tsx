import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CallFailed, type ApiClient } from '../api/client';
import type { Session } from '../app/session';
import { useLanguageToggle } from '../i18n/language-toggle';
import { shortcuts } from '../keyboard/shortcuts';
import './login.css';

/**
 * The first screen, in plain elements and one small style sheet: no MUI, so the first script is
 * only React and the messages, and the form is drawn without MUI's first-time styles. It looks
 * like the console's outlined fields and contained button.
 */
export function LoginPage({ api, onLoggedIn, notice = null }: { api: ApiClient; onLoggedIn: (s: Session) => Promise<void>; notice?: 'login.sessionLost' | null }) {
  const { t } = useTranslation();
  const toggleLanguage = useLanguageToggle(api);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Whose desk this is, said before the password rather than after it (a unit's desk refuses others).
  const [unitDesk, setUnitDesk] = useState<string | null>(null);
  useEffect(() => {
    api.call('auth:seat', {}).then((seat) => setUnitDesk(seat.unitDesk), () => undefined);
  }, [api]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onLoggedIn(await api.call('auth:login', { username, password }));
    } catch (e) {
      setError(e instanceof CallFailed ? e.message : t('errors.network'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login-screen">
      <form className="login-card" onSubmit={submit}>
        <div className="login-head">
          <div>
            <h1 className="login-name">{t('app.name')}</h1>
            <p className="login-subtitle">{t('app.subtitle')}</p>
          </div>
          <button type="button" className="login-text-button" onClick={toggleLanguage} data-testid="language-switch">
            {t('nav.language')}
            <kbd className="login-kbd">{shortcuts.language.label}</kbd>
          </button>
        </div>
        <h2 className="login-title">{t('login.title')}</h2>
        {unitDesk !== null && (
          <p className="login-desk" data-testid="unit-desk">
            {t('login.unitDesk', { unit: unitDesk })}
          </p>
        )}
        {notice && !error && (
          <div role="status" className="login-notice" data-testid="session-lost">
            {t(notice)}
          </div>
        )}
        {error && (
          <div role="alert" className="login-error">
            {error}
          </div>
        )}
        <label className="login-field">
          <span className="login-label">{t('fields.username')} *</span>
          <input value={username} onChange={(e) => setUsername(e.target.value)} autoFocus autoComplete="username" required />
        </label>
        <label className="login-field">
          <span className="login-label">{t('fields.password')} *</span>
          <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" required />
        </label>
        <button type="submit" className="login-submit" disabled={busy}>
          {t('login.submit')}
        </button>
        <span className="login-hint">{t(unitDesk === null ? 'login.demoHint' : 'login.unitDeskHint')}</span>
      </form>
    </div>
  );
}
