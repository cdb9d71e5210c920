// Focus in real Chromium, where a disabled button really loses focus: after every keyboard or
// pointer action of a flow, document.activeElement is an element inside the flow, never the body.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { type MemoryAdapter, createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { ResetFlow } from '../../src/react/components/index.js';
import { ResetProvider } from '../../src/react/index.js';
import '../../src/styles/index.css';

const ACME = 'organization-demo-acme';
const STRONG = 'violet-Harbor-lantern-93-quietly';

afterEach(() => cleanup());

function renderOn(adapter: MemoryAdapter, ui: ReactElement) {
  return render(
    <ResetProvider adapter={adapter} locale="en">
      {ui}
    </ResetProvider>,
  );
}

/** Focus is on `expected` (when given) and, in any case, inside the flow. */
function focusIsIn(root: Element, expected?: Element) {
  const active = document.activeElement;
  expect(active, 'focus dropped to the page body').not.toBe(document.body);
  expect(root.contains(active), `focus left the flow: ${active?.outerHTML.slice(0, 80)}`).toBe(true);
  if (expected) expect(active).toBe(expected);
}

describe('focus is never dropped', () => {
  it('through the whole organization flow, by keyboard', { timeout: 60_000 }, async () => {
    const adapter = createMemoryAdapter({ rateLimit: false, latencyMs: 150 });
    const first = renderOn(adapter, <ResetFlow organizationId={ACME} />);
    const root = first.container.firstElementChild!;
    const email = screen.getByRole('textbox', { name: 'Work email' });
    await userEvent.click(email);
    await userEvent.keyboard('ada@acme.test{Enter}');
    focusIsIn(root, email);
    const sent = await screen.findByRole('heading', { name: 'Check your email' });
    await waitFor(() => focusIsIn(root, sent));

    // "Send another link" is inert during its 30 s cooldown: pressing it then moves nothing.
    const resend = screen.getByRole('button', { name: 'Send another link' });
    await userEvent.tab();
    expect(document.activeElement).toBe(resend);
    await userEvent.keyboard('{Enter}');
    focusIsIn(root, resend);
    await userEvent.tab();
    focusIsIn(root, screen.getByRole('button', { name: 'Use a different email address' }));
    first.unmount();

    // Opening the emailed link: the new password has focus.
    const link = adapter.outbox.latest('ada@acme.test')!.link;
    const second = renderOn(adapter, <ResetFlow organizationId={ACME} tokenUrl={link} />);
    const flow = second.container.firstElementChild!;
    const password = await screen.findByLabelText('New password');
    await waitFor(() => focusIsIn(flow, password));
    await userEvent.keyboard(STRONG);
    await userEvent.keyboard('{Enter}');
    focusIsIn(flow);
    const done = await screen.findByRole('heading', { name: 'Your password is reset' }, { timeout: 10_000 });
    await waitFor(() => focusIsIn(flow, done));
    await userEvent.tab();
    focusIsIn(flow, screen.getByRole('link', { name: 'Continue' }));
  });

  it('"Send another link" keeps focus while it sends and while its cooldown runs', { timeout: 30_000 }, async () => {
    const adapter = createMemoryAdapter({ rateLimit: false, latencyMs: 300 });
    const { container } = renderOn(adapter, <ResetFlow organizationId={ACME} resendCooldownSeconds={0} />);
    const root = container.firstElementChild!;
    await userEvent.click(screen.getByRole('textbox', { name: 'Work email' }));
    await userEvent.keyboard('ada@acme.test{Enter}');
    await screen.findByRole('heading', { name: 'Check your email' });
    const resend = screen.getByRole('button', { name: 'Send another link' });
    await userEvent.click(resend);
    // Sending: the same button, now inert, still has focus.
    await screen.findByRole('button', { name: 'Sending…' });
    focusIsIn(root, resend);
    await screen.findByText('We sent another link to ada@acme.test.', {}, { timeout: 5000 });
    focusIsIn(root, resend);
  });

  it('after a click on Save, focus stays on the button while it saves', { timeout: 30_000 }, async () => {
    const adapter = createMemoryAdapter({ rateLimit: false, latencyMs: 300 });
    await adapter.resetByEmailStart({ organizationId: ACME, emailAddress: 'ada@acme.test' });
    const { container } = renderOn(adapter, <ResetFlow organizationId={ACME} tokenUrl={adapter.outbox.latest('ada@acme.test')!.link} />);
    const root = container.firstElementChild!;
    const password = await screen.findByLabelText('New password');
    await userEvent.fill(password, STRONG);
    const save = screen.getByRole('button', { name: 'Save new password' });
    await userEvent.click(save);
    await screen.findByRole('button', { name: 'Saving…' }, { timeout: 10_000 });
    focusIsIn(root, save);
    await screen.findByRole('heading', { name: 'Your password is reset' }, { timeout: 10_000 });
    await waitFor(() => focusIsIn(root));
  });
});
