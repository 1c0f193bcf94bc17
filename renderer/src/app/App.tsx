import { Activity, Suspense, useEffect, useMemo, useState } from 'react';
import { ApiClient } from '../api/client';
import { webSocketBridge } from '../api/transport';
import { storedLanguage } from '../i18n/setup';
import { LoginPage } from '../login/LoginPage';
import { ShellLoading } from '../login/ShellLoading';
import { page, whenIdle } from './lazy-page';
import type { Reference, Session } from './session';

/**
 * Everything after the login (MUI, the frame, intake) is one chunk: the first script holds only
 * React, the messages and this plain login form, so the form is up before MUI is even parsed.
 */
const Console = page(() => import('./ConsoleShell').then((m) => m.ConsoleShell));

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
  const [linkUp, setLinkUp] = useState(true);
  const api = useMemo(() => createClient(setLinkUp), []);
  const [session, setSession] = useState<Session | null>(null);
  const [reference, setReference] = useState<Reference | null>(null);
  // Read while the first render is worked out: with no stored login the first screen drawn is the
  // login form, not an empty page that an effect then replaces.
  const [storedToken] = useState(() => sessionStore().getItem(SESSION_KEY));
  const [restoring, setRestoring] = useState(storedToken !== null);
  const [consoleHere, setConsoleHere] = useState(false);
  // A new console tree for each person: one logging out leaves nothing in it for the next.
  const [generation, setGeneration] = useState(0);

  // The core forgot the session (browser mode's server restarted): the login form comes back over
  // the console, which stays as it was, so the same person logs in and goes on with the call typed.
  const [lost, setLost] = useState(false);
  useEffect(() => {
    api.onSessionLost = () => setLost(true);
  }, [api]);
  // A link that comes back may lead to a core that started again: ask it whether it knows us.
  useEffect(() => {
    if (linkUp && session) void api.call('auth:session', {}).catch(() => undefined);
  }, [api, linkUp, session]);

  const start = async (s: Session) => {
    // Someone else at the seat after a lost session starts a console of their own.
    if (session && s.user.id !== session.user.id) setGeneration((g) => g + 1);
    api.session = s.token;
    setReference(await api.call('reference:get', {}));
    sessionStore().setItem(SESSION_KEY, s.token);
    setSession(s);
    setLost(false);
  };

  // The frame and intake code arrive while the login form waits for a person's name and password,
  // and are drawn, hidden, before the password goes to the core (see ConsoleShell).
  useEffect(() => whenIdle(() => void Console.preload().then(() => setConsoleHere(true), () => undefined)), []);

  useEffect(() => {
    // A reload keeps the seat logged in while the core still knows the session.
    if (storedToken === null) return;
    // A reload goes straight to the console: its code is fetched beside the session check, not after it.
    void Console.preload().catch(() => undefined);
    api.session = storedToken;
    api
      .call('auth:session', {})
      .then(start)
      .catch(() => sessionStore().removeItem(SESSION_KEY))
      .finally(() => setRestoring(false));
  }, [api, storedToken]);

  // A unit, committee, category, rule or person saved here or pulled from another seat is in the
  // pickers at once, not at the next login; the core pushes this after a save here too.
  useEffect(
    () => (session ? api.on('reference:changed', () => void api.call('reference:get', {}).then(setReference, () => undefined)) : undefined),
    [api, session],
  );

  const logout = () => {
    void api.call('auth:logout', {}).catch(() => undefined);
    api.session = null;
    sessionStore().removeItem(SESSION_KEY);
    setSession(null);
    setLost(false);
    setGeneration((g) => g + 1);
  };

  if (restoring) return null;
  const services = session && reference ? { api, session, reference, logout } : null;
  return (
    <>
      {services && !lost ? null : <LoginPage api={api} onLoggedIn={start} notice={lost ? 'login.sessionLost' : null} />}
      {(services || consoleHere) && (
        <Activity key={generation} mode={services && !lost ? 'visible' : 'hidden'}>
          <Suspense fallback={services ? <ShellLoading /> : null}>
            <Console api={api} services={services} linkUp={linkUp} />
          </Suspense>
        </Activity>
      )}
    </>
  );
}
