// Server rendering, then hydration, of a page opened from a reset link: the server cannot see the
// address bar, so both sides must render the same neutral screen until the link is read.
import { act, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ResetFlow } from '../../../src/react/components/index.js';
import { ResetProvider } from '../../../src/react/index.js';
import { ACME, memoryAdapter } from './render.js';

afterEach(() => {
  window.history.replaceState(null, '', '/');
  document.body.innerHTML = '';
});

describe('ResetFlow, server-rendered', () => {
  it('renders a pending screen on the server and hydrates it into the new-password screen without a mismatch', async () => {
    const adapter = memoryAdapter();
    await adapter.resetByEmailStart({ organizationId: ACME, emailAddress: 'ada@acme.test', resetPasswordRedirectUrl: 'https://app.test/reset' });
    const link = new URL(adapter.outbox.latest('ada@acme.test')!.link);
    window.history.replaceState(null, '', `/reset${link.search}`);
    const page = (
      <ResetProvider adapter={adapter} locale="en">
        <ResetFlow organizationId={ACME} />
      </ResetProvider>
    );

    const html = renderToString(page);
    expect(html).toContain('data-state="pending"');
    expect(html).not.toContain('data-part="heading"');

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors: unknown[] = [];
    const consoleError = vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
    const root = await act(async () => hydrateRoot(container, page, { onRecoverableError: (error) => errors.push(error) }));
    consoleError.mockRestore();

    expect(errors).toEqual([]);
    expect(container.firstElementChild).toHaveAttribute('data-state', 'complete');
    expect(await screen.findByLabelText('New password')).toBeInTheDocument();
    expect(window.location.search).toBe('');
    act(() => root.unmount());
  });
});
