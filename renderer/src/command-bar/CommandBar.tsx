import { Autocomplete, Dialog, DialogContent, TextField, type PopperProps } from '@mui/material';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCaseNumber, shanghaiDay } from '../../../shared/case/case-number';
import { buildPinyinIndex, searchPinyinIndex } from '../../../shared/intake/pinyin-match';
import { useApp } from '../app/session';
import { routeTo, views as viewTable, viewsOf } from '../app/views';
import type { Route } from '../app/route';
import { useScreenTime } from '../sla/screen-clock';

interface Command {
  readonly id: string;
  readonly name: string;
  readonly run: () => void | Promise<void>;
}

/**
 * The options' list in the dialog's flow, under the field: a Popper measures the page to place
 * itself (forced layouts) on every render of the bar, the key that shows it included. Static, so
 * the dialog grows to hold it: the class Autocomplete gives a list without a portal is absolute,
 * and the dialog's box clipped it to a sliver.
 */
function ListInPlace({ open, className, children }: PopperProps) {
  return open ? (
    <div className={className} role="presentation" style={{ position: 'static' }}>
      {typeof children === 'function' ? children({ placement: 'bottom' }) : children}
    </div>
  ) : null;
}

/** A case number as the seats print it: GH01-20261126-0007. */
const caseNumber = /^[A-Z0-9]{2,8}-\d{8}-\d{4,5}$/i;
/** The last digits of one, as read off the status line or told on the phone: 7, 0007. */
const sequenceOnly = /^\d{1,5}$/;

/**
 * `/` or Ctrl+K: open a case by number, search, or switch view, by keyboard. Mounted hidden ahead
 * of use (memoised, stable props) so the key only shows it: mounting the dialog, its list and the
 * views' pinyin index on the key took the key's whole frame.
 */
export const CommandBar = memo(function CommandBar({ open, onClose, go, showShortcuts }: { open: boolean; onClose: () => void; go: (route: Route) => void; showShortcuts: () => void }) {
  const { t } = useTranslation();
  const { api, session, reference } = useApp();
  const screenTime = useScreenTime();
  const [input, setInput] = useState('');
  const field = useRef<HTMLInputElement>(null);
  // Mounted hidden, the field takes the focus when shown. Mounted by the key itself, it exists only
  // after the dialog's portal has mounted, later than this effect: then it takes it as it mounts.
  useEffect(() => {
    if (open) field.current?.focus();
  }, [open]);
  const views = useMemo(() => {
    // The views this role works in, as the navigation offers them; in Electron the wall opens in a window of its own (F9).
    const mine = viewsOf(session.user.role).filter((v) => v !== 'wall' || window.lianxin === undefined);
    const list: Command[] = [
      ...mine.map((v) => ({ id: v, name: t(viewTable[v].label), run: () => go(routeTo(v)) })),
      { id: 'shortcuts', name: t('commandBar.showShortcuts'), run: showShortcuts },
    ];
    return { list, index: buildPinyinIndex(list) };
  }, [t, go, showShortcuts, session.user.role]);

  // Not found, it searches what was typed: the last digits of a number may be a caller's phone.
  const openByNumber = async (number: string, typed: string) => {
    const { hits } = await api.call('search:cases', { query: number, limit: 5 });
    const found = hits.find((h) => h.number.toUpperCase() === number.toUpperCase());
    go(found ? { view: 'cases', caseId: found.id } : { view: 'search', query: typed });
  };

  const q = input.trim();
  const todays = sequenceOnly.test(q) && Number(q) > 0 && reference.town.seatCode !== '' ? formatCaseNumber(reference.town.seatCode, shanghaiDay(new Date(screenTime())), Number(q)) : null;
  const options: Command[] = [
    ...(caseNumber.test(q) ? [{ id: 'open', name: t('commandBar.openCase', { number: q.toUpperCase() }), run: () => openByNumber(q, q) }] : []),
    ...(todays ? [{ id: 'open-todays', name: t('commandBar.openTodays', { number: todays }), run: () => openByNumber(todays, q) }] : []),
    ...(q === '' ? views.list : searchPinyinIndex(views.index, q, 10).map((m) => m.item)),
    ...(q !== '' ? [{ id: 'search-for', name: t('commandBar.searchFor', { query: q }), run: () => go({ view: 'search', query: q }) }] : []),
  ];

  const close = () => {
    onClose();
    setInput('');
  };

  return (
    <Dialog open={open} keepMounted onClose={close} fullWidth maxWidth="sm" aria-label={t('commandBar.title')}>
      <DialogContent>
        {/* Its list is drawn while hidden too, so showing the bar inserts no new styles. */}
        <Autocomplete
          open
          slots={{ popper: ListInPlace }}
          options={options}
          filterOptions={(all) => all}
          getOptionLabel={(c) => c.name}
          // Nothing stays chosen: the bar is kept mounted, and a command taken last time must not come back as its text.
          value={null}
          inputValue={input}
          onInputChange={(_e, value) => setInput(value)}
          onChange={(_e, c) => {
            if (!c) return;
            close();
            void c.run();
          }}
          autoHighlight
          disablePortal
          renderInput={(params) => <TextField {...params} inputRef={field} autoFocus={open} label={t('commandBar.title')} placeholder={t('commandBar.placeholder')} />}
        />
      </DialogContent>
    </Dialog>
  );
});
