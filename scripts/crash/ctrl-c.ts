/**
 * Ctrl+C in a terminal reaches a tsx-run script twice: from the terminal, which signals the whole
 * foreground process group, and relayed by tsx. Two signals within `samePressMs` are one press:
 * `first` runs on the first, `again` on a later press. Returns what removes the listener.
 */
export function onCtrlC(first: () => void, again: () => void, samePressMs = 1000, now = Date.now): () => void {
  let pressedAt: number | null = null;
  const listener = () => {
    const t = now();
    if (pressedAt === null) {
      pressedAt = t;
      first();
    } else if (t - pressedAt >= samePressMs) again();
  };
  process.on('SIGINT', listener);
  return () => process.off('SIGINT', listener);
}
