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

const TEMPLATE_NAMES: Record<MemoryEmail['template'], string> = { reset_password: 'Reset password', verify_email: 'Verify email' };

/** When an email was sent, as a member's mail client shows it (to the second: emails come fast). */
const sentTime = (email: MemoryEmail) => new Date(email.sentAt).toLocaleTimeString('en-GB');

/**
 * A development inbox: what the member would find in their mailbox, newest first, each email with
 * its time, template and flow, and the link to open. Story scaffolding, so in English.
 */
export function DevInbox({ onOpen }: { onOpen: (email: MemoryEmail) => void }) {
  const emails = useOutbox();
  return (
    <aside aria-label="Development inbox" className="rk-story-inbox">
      <h2>Inbox (in-memory backend)</h2>
      {emails.length === 0 ? (
        <p>No email yet.</p>
      ) : (
        <ol>
          {emails.map((email) => {
            const flow = email.organizationId ? `organization ${email.organizationId}` : 'discovery';
            const time = sentTime(email);
            return (
              <li key={email.id}>
                <span>
                  <time dateTime={new Date(email.sentAt).toISOString()}>{time}</time> · To {email.to} · {TEMPLATE_NAMES[email.template]}
                  {email.templateId ? ` (${email.templateId})` : ''} · {flow} · {email.locale}
                </span>{' '}
                <button type="button" onClick={() => onOpen(email)}>
                  Open the link to {email.to}, sent {time}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </aside>
  );
}
