import type { Loader } from '@storybook/react-vite';
import { POLICIES } from './policies.js';
import { type MemoryAdapter, type MemoryAdapterOptions, createMemoryAdapter } from '../../src/adapters/memory/index.js';

/** What a link loader hands the story: its backend, and the link the member opens. */
export interface LinkLoaded {
  adapter: MemoryAdapter;
  link: string;
}

export interface EmailedLinkOptions {
  emailAddress: string;
  /** The organization flow's organization; the discovery flow without it. */
  organizationId?: string;
  /** Backend options beyond the toolbar's policy. */
  adapter?: MemoryAdapterOptions;
  /** What happens on the backend after the email is sent, before the member opens the link. */
  then?: (adapter: MemoryAdapter, token: string, clock: { advance(ms: number): void }) => Promise<void> | void;
}

/**
 * A loader that prepares the story's memory backend, has it email a reset link, and optionally
 * moves things on (expire the link, use it, queue a failure) before the story renders.
 */
export function emailedLink({ emailAddress, organizationId, adapter: options, then }: EmailedLinkOptions): Loader {
  return async (context) => {
    let offset = 0;
    const adapter = createMemoryAdapter({
      latencyMs: 300,
      policy: POLICIES[String(context.globals['policy'])] ?? POLICIES['zxcvbn']!,
      now: () => Date.now() + offset,
      ...options,
    });
    if (organizationId) await adapter.resetByEmailStart({ organizationId, emailAddress });
    else await adapter.discoveryResetByEmailStart({ emailAddress });
    const email = adapter.outbox.latest(emailAddress);
    if (!email) throw new Error(`The story's backend sent no email to ${emailAddress}.`);
    await then?.(adapter, email.token, { advance: (ms) => void (offset += ms) });
    return { adapter, link: email.link } satisfies LinkLoaded;
  };
}
