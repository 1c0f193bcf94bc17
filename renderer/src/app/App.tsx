import { CssBaseline, ThemeProvider, createTheme } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { ApiClient } from '../api/client';
import { webSocketBridge } from '../api/transport';
import { storedLanguage } from '../i18n/setup';
import { LoginPage } from '../login/LoginPage';
import { AppFrame } from './AppFrame';
import { AppContext, type Reference, type Session } from './session';

const theme = createTheme({
  palette: { primary: { main: '#b71c1c' }, secondary: { main: '#1565c0' } },
  typography: { fontFamily: '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif' },
});

const SESSION_KEY = 'lianxin.session';

function createClient(setLinkUp: (up: boolean) => void): ApiClient {
  const bridge =
    window.lianxin ??
    webSocketBridge(`${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/api`, setLinkUp);
  const api = new ApiClient(bridge);
  api.lang = storedLanguage();
  return api;
}

export function App() {
  const [linkUp, setLinkUp] = useState(true);
  const api = useMemo(() => createClient(setLinkUp), []);
  const [session, setSession] = useState<Session | null>(null);
  const [reference, setReference] = useState<Reference | null>(null);
  const [restoring, setRestoring] = useState(true);

  const start = async (s: Session) => {
    api.session = s.token;
    setReference(await api.call('reference:get', {}));
    sessionStorage.setItem(SESSION_KEY, s.token);
    setSession(s);
  };

  useEffect(() => {
    // A reload keeps the seat logged in while the core still knows the session.
    const token = sessionStorage.getItem(SESSION_KEY);
    if (!token) {
      setRestoring(false);
      return;
    }
    api.session = token;
    api
      .call('auth:session', {})
      .then(start)
      .catch(() => sessionStorage.removeItem(SESSION_KEY))
      .finally(() => setRestoring(false));
  }, [api]);

  const logout = () => {
    void api.call('auth:logout', {}).catch(() => undefined);
    api.session = null;
    sessionStorage.removeItem(SESSION_KEY);
    setSession(null);
  };

  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      {restoring ? null : session && reference ? (
        <AppContext.Provider value={{ api, session, reference, logout }}>
          <AppFrame linkUp={linkUp} />
        </AppContext.Provider>
      ) : (
        <LoginPage api={api} onLoggedIn={start} />
      )}
    </ThemeProvider>
  );
}
