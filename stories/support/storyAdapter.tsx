import { createContext, useContext, useEffect, useState } from 'react';
import type { MemoryAdapter, MemoryEmail } from '../../src/adapters/memory/index.js';

/**
 * The story's memory backend, for story scaffolding only (a dev inbox, seeding a token): resetkit's
 * own components never reach the adapter except through the hooks.
 */
export const StoryAdapterContext = createContext<MemoryAdapter | null>(null);

export function useStoryAdapter(): MemoryAdapter {
  const adapter = useContext(StoryAdapterContext);
  if (!adapter) throw new Error('useStoryAdapter needs the resetkit decorator of .storybook/preview.tsx.');
  return adapter;
}

/** The emails the story's backend has sent, newest first, updating as more arrive. */
export function useOutbox(): MemoryEmail[] {
  const adapter = useStoryAdapter();
  const [emails, setEmails] = useState(() => adapter.outbox.list().reverse());
  useEffect(() => adapter.outbox.subscribe(() => setEmails(adapter.outbox.list().reverse())), [adapter]);
  return emails;
}

/** A development inbox: what the member would find in their mailbox, with the link to open. */
export function DevInbox({ onOpen }: { onOpen: (email: MemoryEmail) => void }) {
  const emails = useOutbox();
  return (
    <aside aria-label="Development inbox" className="rk-story-inbox">
      <h2>Inbox (in-memory backend)</h2>
      {emails.length === 0 ? (
        <p>No email yet.</p>
      ) : (
        <ul>
          {emails.map((email) => (
            <li key={email.id}>
              <span>
                To {email.to} · {email.template === 'verify_email' ? 'Verify email' : 'Reset password'} · {email.locale}
              </span>{' '}
              <button type="button" onClick={() => onOpen(email)}>
                Open link to {email.to}
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
