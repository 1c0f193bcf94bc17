import { randomBytes } from 'node:crypto';
import type { UserProfile } from '../../../shared/reference/types';

export interface Session {
  readonly token: string;
  readonly user: UserProfile;
  expiresAt: number;
}

/** A seat's working session: 12 hours covers a long shift; idle sessions expire after 2 hours. */
export const SESSION_MAX_MS = 12 * 3600_000;
export const SESSION_IDLE_MS = 2 * 3600_000;

/**
 * Sessions live in memory: a restart of the core asks seats to log in again, which is what a
 * hotline expects after a crash or an update, and leaves no bearer tokens on disk.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session & { readonly startedAt: number }>();

  constructor(private readonly nowMs: () => number) {}

  open(user: UserProfile): Session {
    const now = this.nowMs();
    const session = { token: randomBytes(24).toString('base64url'), user, startedAt: now, expiresAt: now + SESSION_IDLE_MS };
    this.sessions.set(session.token, session);
    return session;
  }

  /** The live session for a token, its idle timer renewed; null if unknown or expired. */
  touch(token: string | null): Session | null {
    if (!token) return null;
    const session = this.sessions.get(token);
    const now = this.nowMs();
    if (!session || session.expiresAt <= now) {
      if (session) this.sessions.delete(token);
      return null;
    }
    session.expiresAt = Math.min(now + SESSION_IDLE_MS, session.startedAt + SESSION_MAX_MS);
    return session;
  }

  /** The live session for a token, without renewing it: a push is not the seat's activity. */
  peek(token: string | null): Session | null {
    const session = token ? this.sessions.get(token) : undefined;
    return session && session.expiresAt > this.nowMs() ? session : null;
  }

  close(token: string): void {
    this.sessions.delete(token);
  }

  /** Ends every session of a person whose account changed: they log in again as what they now are. */
  closeAllOf(userId: string): void {
    this.closeWhere((user) => user.id === userId);
  }

  closeWhere(stale: (user: UserProfile) => boolean): void {
    for (const [token, session] of this.sessions) if (stale(session.user)) this.sessions.delete(token);
  }
}
