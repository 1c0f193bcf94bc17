import type { LianxinBridge } from '../../../shared/api/bridge';
import type { MethodInput, MethodOutput } from '../../../shared/api/contract';
import type { Language } from '../../../shared/api/envelope';
import type { ApiErrorBody } from '../../../shared/api/errors';
import type { MethodName, PushEventName } from '../../../shared/api/names';
import type { PushPayload } from '../../../shared/api/push';

/** A failed call, carrying the translated message and the field it concerns. */
export class CallFailed extends Error {
  constructor(readonly error: ApiErrorBody) {
    super(error.message || error.code);
  }
}

/** Typed access to the core: `api.call('cases:create', input)` resolves with the method's output. */
export class ApiClient {
  session: string | null = null;
  lang: Language = 'zh-CN';
  /** Told when the core no longer knows the session it was sent (it restarted, or the session ran out). */
  onSessionLost: (() => void) | null = null;

  constructor(private readonly bridge: LianxinBridge) {}

  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const session = this.session;
    const result = await this.bridge.invoke({ method, input, session, lang: this.lang });
    if (!result.ok) {
      if (result.error.code === 'unauthenticated' && session !== null && session === this.session) this.onSessionLost?.();
      throw new CallFailed(result.error);
    }
    return result.value as MethodOutput<M>;
  }

  on<E extends PushEventName>(event: E, listener: (payload: PushPayload<E>) => void): () => void {
    return this.bridge.on(event, (payload) => listener(payload as PushPayload<E>));
  }
}
