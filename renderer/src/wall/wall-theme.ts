import { createTheme } from '@mui/material';

/** Dark and large: read across a room, from five metres, on a screen that is on all day. */
export const wallTheme = createTheme({
  palette: { mode: 'dark', background: { default: '#05080d', paper: '#0e1520' }, primary: { main: '#ef5350' } },
  typography: {
    fontFamily: '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif',
    fontSize: 20,
    // As the console's frame: a label reads as written, not in capitals.
    button: { textTransform: 'none' },
  },
});

export const wallColours = { ok: '#66bb6a', warning: '#ffb300', overdue: '#ef5350', muted: '#90a4ae', accent: '#4fc3f7' } as const;

/**
 * A panel's rows in a column that wraps: a row that does not fit whole moves to a second column,
 * clipped out of sight, so a panel never shows half a row however tall the screen is.
 */
export const wholeRows = {
  height: '100%',
  display: 'flex',
  flexDirection: 'column',
  flexWrap: 'wrap',
  overflow: 'hidden',
  '& > *': { width: '100%' },
} as const;
