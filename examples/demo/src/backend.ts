// The demo's two backends. `memory` (default): resetkit's in-browser emulator, whose state lives
// in this page, so the inbox opens links without reloading (history.pushState). `http`
// (`?backend=http`): resetkit's HTTP adapter calling the app's own server at /api/reset, which
// forwards to Stytch (in the tests, to a Stytch emulator) with the project secret. Its state lives
// on the server, so the inbox links are ordinary links that load the page again.
import type { ResetAdapter } from 'resetkit';
import { createHttpAdapter } from 'resetkit/adapters/http';
import { createMemoryAdapter } from 'resetkit/adapters/memory';

/** An email as the inbox shows it (the memory adapter's `MemoryEmail`, or the same as JSON). */
export interface InboxEmail {
  id: string;
  to: string;
  template: 'reset_password' | 'verify_email';
  link: string;
  sentAt: number;
}

export interface DemoBackend {
  kind: 'memory' | 'http';
  adapter: ResetAdapter;
  /** Calls `onChange` with every email, oldest first, now and whenever one arrives. */
  watchInbox(onChange: (emails: InboxEmail[]) => void): () => void;
  /** Moves the backend's clock forward: links and sessions expire. */
  advanceClock(ms: number): Promise<void>;
  /** Signs a member in, as the app's own login would have; the session token. */
  createSession(memberId: string): Promise<string>;
}

export interface MemoryBackendOptions {
  /** Simulated network delay, ms. */
  latencyMs?: number;
  /** `maxRequests/windowSeconds` for reset emails per address, e.g. `1/3`. */
  rateLimit?: string | null;
}

export function createMemoryBackend({ latencyMs = 250, rateLimit }: MemoryBackendOptions = {}): DemoBackend {
  let offset = 0;
  const [maxRequests, windowSeconds] = (rateLimit ?? '').split('/').map(Number);
  const adapter = createMemoryAdapter({
    latencyMs,
    now: () => Date.now() + offset,
    ...(maxRequests && windowSeconds ? { rateLimit: { maxRequests, windowSeconds } } : {}),
  });
  return {
    kind: 'memory',
    adapter,
    watchInbox(onChange) {
      onChange(adapter.outbox.list());
      return adapter.outbox.subscribe(() => onChange(adapter.outbox.list()));
    },
    async advanceClock(ms) {
      offset += ms;
    },
    async createSession(memberId) {
      return adapter.createSession(memberId).sessionToken;
    },
  };
}

async function devCall<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/__dev/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`The dev server refused ${path}: ${response.status}.`);
  return (await response.json()) as T;
}

/**
 * The HTTP adapter against the app's server. The inbox and clock use `/__dev/*`, which only the
 * test server provides (a real deployment has a real inbox and a real clock).
 */
export function createHttpBackend(): DemoBackend {
  return {
    kind: 'http',
    adapter: createHttpAdapter({ baseUrl: '/api/reset' }),
    watchInbox(onChange) {
      let stopped = false;
      let seen = '';
      const poll = async () => {
        while (!stopped) {
          try {
            const { emails } = await devCall<{ emails: InboxEmail[] }>('outbox');
            const key = emails.map((email) => email.id).join();
            if (key !== seen && !stopped) {
              seen = key;
              onChange(emails);
            }
          } catch {
            // The dev server is optional: no inbox without it.
          }
          await new Promise((resolve) => setTimeout(resolve, 300));
        }
      };
      void poll();
      return () => {
        stopped = true;
      };
    },
    async advanceClock(ms) {
      await devCall('advance-time', { ms });
    },
    async createSession(memberId) {
      return (await devCall<{ session_token: string }>('create-session', { member_id: memberId })).session_token;
    },
  };
}
