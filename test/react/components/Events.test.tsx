import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ResetEvent } from '../../../src/react/index.js';
import { DiscoveryReset, ResetFlow } from '../../../src/react/components/index.js';
import { ACME, STRONG_PASSWORD, latestToken, memoryAdapter, renderWithProvider } from './render.js';

/** Every event as JSON, to look for what must never be in one. */
const leaks = (events: ResetEvent[], secrets: string[]) =>
  events.flatMap((event) => secrets.filter((secret) => JSON.stringify(event).includes(secret)));

describe('onEvent, for product analytics', () => {
  it('reports a whole organization reset, with no address, token or password in any event', { timeout: 20_000 }, async () => {
    const adapter = memoryAdapter();
    const onEvent = vi.fn<(event: ResetEvent) => void>();
    const first = renderWithProvider(<ResetFlow organizationId={ACME} resendCooldownSeconds={0} />, { adapter, onEvent });
    await first.user.type(screen.getByRole('textbox', { name: 'Work email' }), 'ada@acme.test{Enter}');
    await screen.findByRole('heading', { name: 'Check your email' }, { timeout: 5000 });
    await first.user.click(screen.getByRole('button', { name: 'Send another link' }));
    await screen.findByText('We sent another link to ada@acme.test.', {}, { timeout: 5000 });
    first.unmount();
    const token = latestToken(adapter, 'ada@acme.test');
    adapter.failNext('server');
    const second = renderWithProvider(
      <ResetFlow organizationId={ACME} tokenUrl={`https://app.example.com/r?token=${token}&stytch_token_type=multi_tenant_passwords`} />,
      { adapter, onEvent },
    );
    await second.user.type(await screen.findByLabelText('New password'), `${STRONG_PASSWORD}{Enter}`);
    await screen.findByRole('alert', {}, { timeout: 5000 });
    await second.user.click(screen.getByRole('button', { name: 'Save new password' }));
    await screen.findByRole('heading', { name: 'Your password is reset' }, { timeout: 5000 });

    const events = onEvent.mock.calls.map(([event]) => event);
    expect(events.map((event) => event.type)).toEqual([
      'step_viewed',
      'link_requested',
      'step_viewed',
      'link_resent',
      'step_viewed',
      'reset_failed',
      'step_viewed',
      'reset_succeeded',
    ]);
    expect(events.filter((event) => event.type === 'step_viewed').map((event) => event.type === 'step_viewed' && event.step)).toEqual([
      'request',
      'sent',
      'password',
      'outcome',
    ]);
    expect(events).toContainEqual({ type: 'reset_failed', component: 'reset-complete', code: 'server' });
    expect(leaks(events, ['ada@acme.test', token, STRONG_PASSWORD])).toEqual([]);
  });

  it('reports the organization chosen and the MFA hand-off in the discovery flow', { timeout: 20_000 }, async () => {
    const adapter = memoryAdapter({ crossOrgPasswords: true });
    await adapter.discoveryResetByEmailStart({ emailAddress: 'sam@example.test' });
    const token = latestToken(adapter, 'sam@example.test');
    const onEvent = vi.fn<(event: ResetEvent) => void>();
    const { user } = renderWithProvider(<DiscoveryReset token={token} />, { adapter, onEvent });
    await user.type(screen.getByLabelText('New password'), `${STRONG_PASSWORD}{Enter}`);
    const list = await screen.findByRole('list', { name: 'Choose an organization' }, { timeout: 5000 });
    await user.click(within(list).getByRole('button', { name: 'Sign in to Globex Corporation' }));
    await screen.findByRole('heading', { name: 'One more step' }, { timeout: 5000 });
    const events = onEvent.mock.calls.map(([event]) => event);
    expect(events).toContainEqual({ type: 'organization_chosen', component: 'discovery-reset', created: false });
    expect(events.at(-2)).toEqual({ type: 'step_viewed', component: 'discovery-reset', step: 'outcome' });
    expect(events.at(-1)).toEqual({ type: 'mfa_required', component: 'discovery-reset' });
    expect(leaks(events, ['sam@example.test', token, STRONG_PASSWORD])).toEqual([]);
  });
});
