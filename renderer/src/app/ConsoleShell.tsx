import { CssBaseline, GlobalStyles, ThemeProvider, createTheme } from '@mui/material';
import { enUS, zhCN } from '@mui/material/locale';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../api/client';
import { AppFrame } from './AppFrame';
import { LazyPage } from './lazy-pages';
import { AppContext, type AppServices } from './session';

const themeOptions = {
  palette: { primary: { main: '#b71c1c' }, secondary: { main: '#1565c0' } },
  typography: {
    fontFamily: '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif',
    // Labels as written, not in capitals: in English capitals read as shouting, and are wider (the
    // supervisor's eleven views took two rows of the navigation at 1366 px).
    button: { textTransform: 'none' as const },
  },
  components: {
    // Every dialog here is opened and closed by a key. MUI's fade redrew the whole screen on every
    // frame of its ~200 ms (software compositing without a GPU: 10–25 ms a frame at load 5), and
    // the next key — Alt+a after a case opens, Tab after the reply form opens — waited for a core.
    // No scroll lock: the frame is one screen high and scrolls inside, so the page never scrolls
    // behind a dialog, and the lock measured the page (a forced layout) on every open and close.
    MuiDialog: { defaultProps: { transitionDuration: 0, disableScrollLock: true } },
    // A field filled in (a known caller's name and address, a taken suggestion) moved its label up
    // and widened the outline's notch over ~200 ms: a style recalc, layout and paint of the field
    // on every frame, competing with the next keys. The label simply sits where it belongs.
    MuiInputLabel: { defaultProps: { disableAnimation: true } },
    MuiOutlinedInput: { styleOverrides: { notchedOutline: { '& legend': { transition: 'none' } } } },
    // Each text field put MUI's two autofill @keyframes into the page again as it mounted (and took
    // them out as it unmounted), and a new @keyframes rule makes Chromium recalculate the style of
    // every element with an animation or a transition: every button on the screen. Opening a
    // contact or reply form spent most of its frame on that. The keyframes are put in once, with
    // the console (`autofillKeyframes`); the fields keep MUI's autofill detection as it was.
    MuiInputBase: {
      defaultProps: { disableInjectingGlobalStyles: true },
      styleOverrides: {
        input: { animationName: 'mui-auto-fill-cancel', animationDuration: '10ms', '&:-webkit-autofill': { animationDuration: '5000s', animationName: 'mui-auto-fill' } },
      },
    },
  },
};

/** MUI's autofill keyframes, as InputBase would insert them (non-empty, for emotion's production build). */
const autofillKeyframes = (
  <GlobalStyles
    styles={{
      '@keyframes mui-auto-fill': { from: { animationName: 'mui-auto-fill' } },
      '@keyframes mui-auto-fill-cancel': { from: { animationName: 'mui-auto-fill-cancel' } },
    }}
  />
);

/** Nobody, in an empty town: what the console is drawn for while no one is logged in. Never shown, never sent. */
const standIn = {
  session: { token: '', expiresAt: '', user: { id: '', username: '', displayName: '', role: 'operator', unitId: null } },
  reference: { town: { name: '', demo: false, seatCode: '' }, units: [], committees: [], categories: [], routingRules: [], users: [] },
} satisfies Pick<AppServices, 'session' | 'reference'>;

/**
 * The console: MUI's theme and the seat's frame with intake, for `services` (the logged-in seat)
 * or, while the login form waits, for nobody. A chunk of its own, fetched and run while the login
 * form (plain HTML, no MUI) waits for a person's name and password.
 *
 * App draws it for nobody inside a hidden Activity as soon as its code is here: React builds it at
 * a low priority and mounts none of its effects, so it calls nothing, binds no key, takes no focus
 * and shows nothing. When the login answers, the same tree is drawn again for the seat and shown:
 * an update of elements that exist (MUI's styles inserted, the code paths compiled, the DOM built)
 * instead of a first mount, and only then do its effects start, with the seat's session. Nothing
 * the tree keeps was taken from the stand-in (its state starts empty and is filled by effects);
 * a logout draws a fresh one, so nothing of a seat stays for the next person.
 */
export function ConsoleShell({ api, services, linkUp }: { api: ApiClient; services: AppServices | null; linkUp: boolean }) {
  const { i18n } = useTranslation();
  // MUI's own words (a picker's "No options", its clear and open buttons) follow the seat's language too.
  const theme = useMemo(() => createTheme(themeOptions, i18n.language === 'en' ? enUS : zhCN), [i18n.language]);
  const nobody = useMemo<AppServices>(() => ({ ...standIn, api, logout: () => undefined }), [api]);
  return (
    <AppContext.Provider value={services ?? nobody}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        {autofillKeyframes}
        <LazyPage>
          <AppFrame linkUp={linkUp} />
        </LazyPage>
      </ThemeProvider>
    </AppContext.Provider>
  );
}
