import type { MethodInput, MethodOutput } from '../../../shared/api/contract';
import type { MethodName } from '../../../shared/api/names';
import type { ApiClient } from '../api/client';

/** Older than this, an early answer is not taken: the view asks again. */
const freshMs = 2_000;

interface EarlyCall {
  readonly key: string;
  readonly answer: Promise<unknown>;
  /** A change was pushed after the answer came: it may not show it. */
  stale: boolean;
  readonly forget: () => void;
}

let waiting: EarlyCall | null = null;
const keyOf = (method: MethodName, input: unknown) => `${method} ${JSON.stringify(input)}`;

/**
 * Starts the first call of the view about to open, from the key or click that opens it, so the
 * answer travels while the renderer draws the view (the board's frame took 60–110 ms of the main
 * thread before its own first call left; docs/decisions/0037). One at a time; the view's first
 * load takes it with `takeEarlyCall`.
 */
export function callEarly<M extends MethodName>(api: ApiClient, method: M, input: MethodInput<M>): void {
  waiting?.forget();
  let answered = false;
  const answer = api.call(method, input).finally(() => (answered = true));
  // The view that takes it sees a failure; nobody else should be told of it.
  answer.catch(() => {});
  // A push that came before the answer was already in it (the core answers and pushes in order on one thread).
  const offPush = api.on('cases:changed', () => answered && (call.stale = true));
  const expiry = setTimeout(() => call.forget(), freshMs);
  const call: EarlyCall = {
    key: keyOf(method, input),
    answer,
    stale: false,
    forget: () => {
      offPush();
      clearTimeout(expiry);
      if (waiting === call) waiting = null;
    },
  };
  waiting = call;
}

/** The answer of the early call of exactly this method and input, if one is out and still good. */
export function takeEarlyCall<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> | null {
  const call = waiting;
  if (!call || call.key !== keyOf(method, input)) return null;
  call.forget();
  return call.stale ? null : (call.answer as Promise<MethodOutput<M>>);
}
