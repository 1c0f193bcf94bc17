import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView, MethodInput, MethodOutput } from '../../../shared/api/contract';
import type { MethodName } from '../../../shared/api/names';
import { CallFailed } from '../api/client';
import { whenIdle } from '../app/lazy-page';
import { useApp } from '../app/session';
import { takeEarlyCall } from './early-call';
import { startLiveSource, type CaseScope, type LiveSource, type LiveState } from './live-call';

export interface LiveCallOptions<T> {
  /** The cases the view shows; 'any' when a change anywhere may add a row. */
  readonly caseIds: CaseScope;
  readonly settleMs?: number;
  readonly everyMs?: number;
  /** How a record an action returned changes what is shown; without it, adopting reloads. */
  readonly fromRecord?: (data: T, record: CaseView) => T;
  /** Nothing to load yet (no case chosen): no call, no progress. */
  readonly skip?: boolean;
  /**
   * Draws the first answer at once, not as a transition: for a page whose first rows are the
   * point of opening it. A transition's render yields every 5 ms, which on a busy machine
   * stretched the board's first rows by 300–480 ms (docs/decisions/0037); views opened with a
   * key typed right after (a case's dialog) keep the transition.
   */
  readonly firstAtOnce?: boolean;
  /** The first load waits for an idle moment (at most about a second): for what the console's frame shows beside the page, so a key typed into a page just shown goes first. */
  readonly whenIdle?: boolean;
}

export interface LiveCall<T> extends LiveState<T> {
  readonly reload: () => void;
  /** Shows the record an action returned at once instead of asking the core again. */
  readonly adopt: (record: CaseView) => void;
}

/** Most views settle a burst of pushes within this; the board and alerts pass their own. */
const defaultSettleMs = 250;

/**
 * The renderer's one way to show live data from the core: `useLiveCall('queues:unit', {}, {
 * caseIds: 'any' })`. It loads, keeps an error state, reloads when a push touches what is
 * shown, and takes a record an action returned without fetching it again.
 */
export function useLiveCall<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: LiveCallOptions<MethodOutput<M>>,
): LiveCall<MethodOutput<M>> {
  const { api } = useApp();
  const { t } = useTranslation();
  const [state, setState] = useState<LiveState<MethodOutput<M>>>({ data: null, error: null, loading: true });
  const source = useRef<LiveSource<MethodOutput<M>> | null>(null);
  // Inputs and scopes are values: a new object with the same content is the same call.
  const inputKey = JSON.stringify(input);
  const scopeKey = options.caseIds === 'any' ? 'any' : options.caseIds.join(',');
  const fromRecord = useRef(options.fromRecord);
  fromRecord.current = options.fromRecord;
  const describe = useRef(t);
  describe.current = t;
  const { settleMs = defaultSettleMs, everyMs, skip = false, firstAtOnce = false, whenIdle: idleFirst = false } = options;

  useEffect(() => {
    if (skip) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    const parsed = JSON.parse(inputKey) as MethodInput<M>;
    // The first load takes the answer of a call the key that opened this view started (early-call.ts).
    let early = takeEarlyCall(method, parsed);
    let drawn = false;
    let live: LiveSource<MethodOutput<M>> | null = null;
    const begin = () => {
      live = startLiveSource<MethodOutput<M>>({
        fetch: () => {
          const answer = early ?? api.call(method, parsed);
          early = null;
          return answer;
        },
        subscribe: (onChanged) => api.on('cases:changed', ({ ids }) => onChanged(ids)),
        caseIds: scopeKey === 'any' ? 'any' : scopeKey === '' ? [] : scopeKey.split(','),
        settleMs,
        everyMs,
        describeError: (e) => (e instanceof CallFailed ? e.message : describe.current('errors.network')),
        // Drawn as a transition, which React interrupts for a key: a push re-rendering the list
        // behind an open case held a key pressed meanwhile in the queue for one 65 ms task.
        onState: (next) => {
          if (!firstAtOnce || drawn || next.data === null) return startTransition(() => setState(next));
          drawn = true;
          setState(next);
        },
      });
      source.current = live;
    };
    const cancel = idleFirst ? whenIdle(begin) : (begin(), () => undefined);
    return () => {
      cancel();
      live?.stop();
      if (live && source.current === live) source.current = null;
    };
  }, [api, method, inputKey, scopeKey, settleMs, everyMs, skip, firstAtOnce, idleFirst]);

  return useMemo(
    () => ({
      ...state,
      reload: () => source.current?.reload(),
      adopt: (record: CaseView) => {
        const patch = fromRecord.current;
        if (!patch) return source.current?.reload();
        source.current?.adopt((data) => (data === null ? null : patch(data, record)));
      },
    }),
    [state],
  );
}
