import { CssBaseline, ThemeProvider, createTheme } from '@mui/material';
import { enUS, zhCN } from '@mui/material/locale';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AppFrame } from './AppFrame';
import { LazyPage } from './lazy-pages';

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

/**
 * The logged-in console: MUI's theme and the seat's frame with intake. A chunk of its own, fetched
 * and run while the login form (plain HTML, no MUI) waits for a person's name and password.
 */
export function ConsoleShell({ linkUp }: { linkUp: boolean }) {
  const { i18n } = useTranslation();
  // MUI's own words (a picker's "No options", its clear and open buttons) follow the seat's language too.
  const theme = useMemo(() => createTheme(themeOptions, i18n.language === 'en' ? enUS : zhCN), [i18n.language]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <LazyPage>
        <AppFrame linkUp={linkUp} />
      </LazyPage>
    </ThemeProvider>
  );
}
