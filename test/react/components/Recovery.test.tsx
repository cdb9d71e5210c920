import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DEMO_PASSWORD, type MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { ERROR_RECOVERY, RESET_ERROR_CODES, ResetError, canRetry } from '../../../src/core/index.js';
import { ResetCompleteForm, ResetStartForm } from '../../../src/react/components/index.js';
import { ACME, STRONG_PASSWORD, axeViolations, latestToken, memoryAdapter, renderWithProvider } from './render.js';

async function emailedToken(adapter: MemoryAdapter) {
  await adapter.resetByEmailStart({ organizationId: ACME, emailAddress: 'ada@acme.test' });
  return latestToken(adapter, 'ada@acme.test');
}

/** Saves a strong password in the form on screen and returns the alert it ends on. */
async function saveAndFail(user: ReturnType<typeof renderWithProvider>['user']) {
  await user.type(screen.getByLabelText('New password'), STRONG_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Save new password' }));
  const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
  await waitFor(() => expect(alert).toHaveFocus());
  return alert;
}

describe('every error has a way out', () => {
  it('maps every code to a recovery, and only fixing, retrying and waiting let the same form submit again', () => {
    expect(Object.keys(ERROR_RECOVERY).sort()).toEqual([...RESET_ERROR_CODES].sort());
    expect(canRetry({ code: 'server' })).toBe(true);
    expect(canRetry({ code: 'weak_password' })).toBe(true);
    expect(canRetry({ code: 'rate_limited' })).toBe(true);
    expect(canRetry({ code: 'organization_suspended' })).toBe(false);
    expect(canRetry({ code: 'pkce_mismatch' })).toBe(false);
    expect(canRetry({ code: 'configuration' })).toBe(false);
  });

  it('new link: a dead or other-browser link goes to onLinkInvalid; without it, saving again is disabled', async () => {
    const adapter = memoryAdapter();
    const token = await emailedToken(adapter);
    adapter.failNext('pkce_mismatch');
    const onLinkInvalid = vi.fn();
    const first = renderWithProvider(<ResetCompleteForm method="email" token={token} onLinkInvalid={onLinkInvalid} />, { adapter });
    await saveAndFail(first.user);
    expect(onLinkInvalid).toHaveBeenCalledWith(expect.objectContaining({ code: 'pkce_mismatch' }));
    first.unmount();

    adapter.failNext('token_expired');
    const { user, container } = renderWithProvider(<ResetCompleteForm method="email" token={token} />, { adapter });
    const alert = await saveAndFail(user);
    expect(alert).toHaveAttribute('data-recovery', 'new_link');
    expect(alert).toHaveTextContent('This reset link has expired. Ask for a new one.');
    expect(screen.getByRole('button', { name: 'Save new password' })).toHaveAttribute('aria-disabled', 'true');
    expect(await axeViolations(container)).toEqual([]);
  });

  it.each(['organization_suspended', 'locked_out'] as const)(
    'contact the administrator: %s names the organization and disables saving',
    async (code) => {
      const adapter = memoryAdapter();
      const token = await emailedToken(adapter);
      adapter.failNext(code);
      const { user, container } = renderWithProvider(
        <ResetCompleteForm method="email" token={token} organizationName="Acme Inc." />,
        { adapter },
      );
      const alert = await saveAndFail(user);
      expect(alert).toHaveAttribute('data-recovery', 'contact_admin');
      expect(alert).toHaveTextContent('Ask an administrator of Acme Inc. to restore your access.');
      expect(screen.getByRole('button', { name: 'Save new password' })).toHaveAttribute('aria-disabled', 'true');
      expect(await axeViolations(container)).toEqual([]);
    },
  );

  it('contact support: a misconfigured app links to support and disables the button', async () => {
    const adapter = memoryAdapter();
    adapter.failNext('configuration');
    const { user } = renderWithProvider(<ResetStartForm organizationId={ACME} supportHref="https://help.example.com" />, { adapter });
    await user.type(screen.getByRole('textbox', { name: 'Work email' }), 'ada@acme.test{Enter}');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveAttribute('data-recovery', 'contact_support');
    expect(within(alert).getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', 'https://help.example.com');
    expect(screen.getByRole('button', { name: 'Email me a reset link' })).toHaveAttribute('aria-disabled', 'true');
    // A different address is a different request: the button comes back.
    await user.type(screen.getByRole('textbox', { name: 'Work email' }), 'x');
    expect(screen.getByRole('button', { name: 'Email me a reset link' })).not.toHaveAttribute('aria-disabled');
  });

  it('sign in again: a session too old to reset from links to the sign-in page', async () => {
    const adapter = memoryAdapter();
    const { sessionToken } = adapter.createSession('member-demo-ada', { factorAgeMinutes: 30 });
    const { user, container } = renderWithProvider(
      <ResetCompleteForm method="session" organizationId={ACME} sessionToken={sessionToken} signInHref="/sign-in" />,
      { adapter },
    );
    const alert = await saveAndFail(user);
    expect(alert).toHaveAttribute('data-recovery', 'sign_in');
    expect(within(alert).getByRole('link', { name: 'Sign in again' })).toHaveAttribute('href', '/sign-in');
    expect(screen.getByRole('button', { name: 'Save new password' })).toHaveAttribute('aria-disabled', 'true');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('retry: a server error shows its request id, keeps the button, and a second try succeeds', async () => {
    const adapter = memoryAdapter();
    const token = await emailedToken(adapter);
    // The backend's own 5xx answer carries the request id support needs.
    let failed = false;
    const flaky: MemoryAdapter = {
      ...adapter,
      resetByEmail: (request, context) => {
        if (failed) return adapter.resetByEmail(request, context);
        failed = true;
        return Promise.reject(new ResetError('server', 'Internal error.', { status: 503, requestId: 'request-id-test-42' }));
      },
    };
    const { user } = renderWithProvider(<ResetCompleteForm method="email" token={token} />, { adapter: flaky });
    const alert = await saveAndFail(user);
    expect(alert).toHaveAttribute('data-recovery', 'retry');
    expect(alert).toHaveTextContent('Reference: request-id-test-42');
    expect(alert).toHaveTextContent('Try again. If it keeps happening, quote the reference below to support.');
    const save = screen.getByRole('button', { name: 'Save new password' });
    expect(save).not.toHaveAttribute('aria-disabled');
    await user.click(save);
    expect(await screen.findByRole('heading', { name: 'Your password is reset' }, { timeout: 5000 })).toBeInTheDocument();
  });

  it('fix the input: a wrong current password is on its field and the button stays', async () => {
    const adapter = memoryAdapter();
    const { user } = renderWithProvider(<ResetCompleteForm method="existingPassword" organizationId={ACME} />, { adapter });
    await user.type(screen.getByRole('textbox', { name: 'Work email' }), 'ada@acme.test');
    await user.type(screen.getByLabelText('Current password'), `${DEMO_PASSWORD}-wrong`);
    await user.type(screen.getByLabelText('New password'), STRONG_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    await waitFor(() => expect(screen.getByLabelText('Current password')).toHaveAttribute('aria-invalid', 'true'), { timeout: 5000 });
    expect(screen.getByRole('button', { name: 'Change password' })).not.toHaveAttribute('aria-disabled');
  });
});
