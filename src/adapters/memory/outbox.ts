import type { ResetLocale } from '../../core/types.js';
import type { ResetTokenType } from '../../core/url.js';
import { emailKey } from './store.js';

/** An email the emulator "sent": what a member would find in their inbox. */
export interface MemoryEmail {
  /** Unique per email. */
  readonly id: string;
  /** The member's address. */
  readonly to: string;
  /** `verify_email` when the member had no password yet, otherwise `reset_password`. */
  readonly template: 'reset_password' | 'verify_email';
  /** The custom template id the start request asked for, if any. */
  readonly templateId?: string;
  /** The redirect URL with `token` and `stytch_token_type` appended: what the member clicks. */
  readonly link: string;
  readonly token: string;
  readonly tokenType: ResetTokenType;
  readonly locale: ResetLocale;
  /** When the token stops working, in ms by the adapter's clock. */
  readonly expiresAt: number;
  /** When it was sent, in ms by the adapter's clock. */
  readonly sentAt: number;
  /** The organization of an organization-flow email; absent for discovery. */
  readonly organizationId?: string;
}

/** The emails the emulator sent, for tests, stories and demo inboxes. */
export interface MemoryOutbox {
  /** Every email, oldest first (a copy). */
  list(): MemoryEmail[];
  /** The newest email, or the newest one to `emailAddress` (case-insensitive). */
  latest(emailAddress?: string): MemoryEmail | undefined;
  /** Calls `listener` with each email sent from now on; returns the unsubscribe function. */
  subscribe(listener: (email: MemoryEmail) => void): () => void;
  /** Forgets the emails; their tokens keep working. */
  clear(): void;
}

function report(error: unknown): void {
  // A failing listener must not fail the reset that sent the email, nor vanish silently.
  if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
  else
    queueMicrotask(() => {
      throw error;
    });
}

export function createOutbox(): MemoryOutbox & { send(email: MemoryEmail): void } {
  let emails: MemoryEmail[] = [];
  const listeners = new Set<(email: MemoryEmail) => void>();
  return {
    list: () => [...emails],
    latest(emailAddress) {
      const key = emailAddress === undefined ? undefined : emailKey(emailAddress);
      for (let index = emails.length - 1; index >= 0; index -= 1) {
        const email = emails[index]!;
        if (key === undefined || emailKey(email.to) === key) return email;
      }
      return undefined;
    },
    subscribe(listener) {
      // A wrapper per call, so subscribing one function twice yields two independent subscriptions.
      const entry = (email: MemoryEmail) => listener(email);
      listeners.add(entry);
      return () => void listeners.delete(entry);
    },
    clear() {
      emails = [];
    },
    send(email) {
      Object.freeze(email);
      emails.push(email);
      for (const listener of [...listeners]) {
        try {
          listener(email);
        } catch (error) {
          report(error);
        }
      }
    },
  };
}
