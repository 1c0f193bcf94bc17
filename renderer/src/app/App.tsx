import { CssBaseline, ThemeProvider, createTheme } from '@mui/material';
import { enUS, zhCN } from '@mui/material/locale';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiClient } from '../api/client';
import { webSocketBridge } from '../api/transport';
import { storedLanguage } from '../i18n/setup';
import { LoginPage } from '../login/LoginPage';
import { AppFrame, LazyPage, whenIdle } from './lazy-pages';
import { AppContext, type Reference, type Session } from './session';

const themeOptions = {
  palette: { primary: { main: '#b71c1c' }, secondary: { main: '#1565c0' } },
  typography: { fontFamily: '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif' },
  components: {
    // A field filled in (a known caller's name and address, a taken suggestion) moved its label up
    // and widened the outline's notch over ~200 ms: a style recalc, layout and paint of the field
    // on every frame, competing with the next keys. The label simply sits where it belongs.
    MuiInputLabel: { defaultProps: { disableAnimation: true } },
    MuiOutlinedInput: { styleOverrides: { notchedOutline: { '& legend': { transition: 'none' } } } },
  },
};

const SESSION_KEY = 'lianxin.session';
/**
 * Where the session token is kept. In Electron the wall display is a second window of the same
 * seat: it shares the login through localStorage, which dies with the core's sessions anyway when
 * the app quits. A browser tab keeps its own login.
 */
const sessionStore = (): Storage => (window.lianxin ? localStorage : sessionStorage);

function createClient(setLinkUp: (up: boolean) => void): ApiClient {
  const bridge =
    window.lianxin ??
    webSocketBridge(`${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/api`, setLinkUp);
  const api = new ApiClient(bridge);
  api.lang = storedLanguage();
  return api;
}

export function App() {
  const { i18n } = useTranslation();
  // MUI's own words (a picker's "No options", its clear and open buttons) follow the seat's language too.
  const theme = useMemo(() => createTheme(themeOptions, i18n.language === 'en' ? enUS : zhCN), [i18n.language]);
  const [linkUp, setLinkUp] = useState(true);
  const api = useMemo(() => createClient(setLinkUp), []);
  const [session, setSession] = useState<Session | null>(null);
  const [reference, setReference] = useState<Reference | null>(null);
  // Read while the first render is worked out: with no stored login the first screen drawn is the
  // login form, not an empty page that an effect then replaces.
  const [storedToken] = useState(() => sessionStore().getItem(SESSION_KEY));
  const [restoring, setRestoring] = useState(storedToken !== null);

  const start = async (s: Session) => {
    api.session = s.token;
    setReference(await api.call('reference:get', {}));
    sessionStore().setItem(SESSION_KEY, s.token);
    setSession(s);
  };

  // The frame and intake code arrive while the login form waits for a person's name and password.
  useEffect(() => whenIdle(() => void AppFrame.preload().catch(() => undefined)), []);

  useEffect(() => {
    // A reload keeps the seat logged in while the core still knows the session.
    if (storedToken === null) return;
    api.session = storedToken;
    api
      .call('auth:session', {})
      .then(start)
      .catch(() => sessionStore().removeItem(SESSION_KEY))
      .finally(() => setRestoring(false));
  }, [api, storedToken]);

  const refreshReference = async () => setReference(await api.call('reference:get', {}));

  const logout = () => {
    void api.call('auth:logout', {}).catch(() => undefined);
    api.session = null;
    sessionStore().removeItem(SESSION_KEY);
    setSession(null);
  };

  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      {restoring ? null : session && reference ? (
        <AppContext.Provider value={{ api, session, reference, refreshReference, logout }}>
          <LazyPage>
            <AppFrame linkUp={linkUp} />
          </LazyPage>
        </AppContext.Provider>
      ) : (
        <LoginPage api={api} onLoggedIn={start} />
      )}
    </ThemeProvider>
  );
}
