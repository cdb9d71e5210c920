import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { DEMO_PASSWORD } from '../../../src/adapters/memory/index.js';
import { ResetCompleteForm, ResetFlow } from '../../../src/react/components/index.js';
import { ACME, GLOBEX, STRONG_PASSWORD, axeViolations, latestToken, memoryAdapter, renderWithProvider } from './render.js';

async function emailedToken(adapter: MemoryAdapter, emailAddress: string, organizationId = ACME) {
  await adapter.resetByEmailStart({ organizationId, emailAddress });
  return latestToken(adapter, emailAddress);
}

describe('ResetCompleteForm, by emailed link', () => {
  it('asks for a new password, checks it, and ends on the done screen', { timeout: 15_000 }, async () => {
    const adapter = memoryAdapter({ latencyMs: 30 });
    const token = await emailedToken(adapter, 'ada@acme.test');
    const onSuccess = vi.fn();
    const onContinue = vi.fn();
    const { user, container } = renderWithProvider(
      <ResetCompleteForm method="email" token={token} onSuccess={onSuccess} onContinue={onContinue} />,
      { adapter },
    );
    expect(screen.getByRole('heading', { name: 'Choose a new password' })).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: 'Password strength' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Save new password' }));
    const input = screen.getByLabelText('New password');
    // The field's error, then the meter's line, which shows a hint while the field is empty.
    expect(input).toHaveAccessibleDescription('Enter a new password. Longer is stronger: try a few unrelated words.');
    expect(input).toHaveFocus();

    await user.type(input, STRONG_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Save new password' }));
    const pending = await screen.findByRole('button', { name: 'Saving…' });
    expect(pending).toHaveAttribute('aria-disabled', 'true');
    const heading = await screen.findByRole('heading', { name: 'Your password is reset' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(container.firstElementChild).toHaveAttribute('data-state', 'success');
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onContinue).toHaveBeenCalledWith(expect.objectContaining({ memberAuthenticated: true }));
  });

  it('refuses a weak password on the field itself, keeping it typed', async () => {
    const adapter = memoryAdapter();
    const token = await emailedToken(adapter, 'ada@acme.test');
    const spy = vi.spyOn(adapter, 'resetByEmail');
    const { user, container } = renderWithProvider(<ResetCompleteForm method="email" token={token} />, { adapter });
    const input = screen.getByLabelText('New password');
    await user.type(input, 'password1');
    await user.click(screen.getByRole('button', { name: 'Save new password' }));
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'), { timeout: 5000 });
    // One message for the one problem: the meter's verdict line, in the error style, says what is
    // wrong (zxcvbn's warning), and no second error under the field repeats it.
    const verdict = container.querySelector('[data-part="verdict"]')!;
    expect(verdict).toHaveAttribute('data-tone', 'danger');
    expect(verdict).toHaveTextContent(/common password/);
    expect(input).toHaveAccessibleDescription(verdict.textContent!);
    expect(container.querySelector('[data-part="error"]')).toBeNull();
    await waitFor(() => expect(input).toHaveFocus());
    expect(input).toHaveValue('password1');
    expect(spy).not.toHaveBeenCalled();
    expect(await axeViolations(container)).toEqual([]);
    // Editing the password takes the complaint away until the next submit.
    await user.type(input, 'x');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('hands a dead link to onLinkInvalid, or shows it itself without one', async () => {
    const adapter = memoryAdapter();
    const token = await emailedToken(adapter, 'ada@acme.test');
    await adapter.resetByEmail({ passwordResetToken: token, password: STRONG_PASSWORD });

    const onLinkInvalid = vi.fn();
    const first = renderWithProvider(<ResetCompleteForm method="email" token={token} onLinkInvalid={onLinkInvalid} />, { adapter });
    await first.user.type(screen.getByLabelText('New password'), `${STRONG_PASSWORD}!`);
    await first.user.click(screen.getByRole('button', { name: 'Save new password' }));
    await waitFor(() => expect(onLinkInvalid).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(onLinkInvalid.mock.calls[0]![0]).toMatchObject({ code: 'token_invalid' });
    first.unmount();

    const second = renderWithProvider(<ResetCompleteForm method="email" token={token} />, { adapter });
    await second.user.type(screen.getByLabelText('New password'), `${STRONG_PASSWORD}?`);
    await second.user.click(screen.getByRole('button', { name: 'Save new password' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('This reset link is not valid or was already used. Ask for a new one.');
    expect(screen.getByLabelText('New password')).toHaveValue(`${STRONG_PASSWORD}?`);
  });

  it('links the LUDS checklist to the field', () => {
    const { container } = renderWithProvider(<ResetCompleteForm method="email" token="t" />, {
      policy: { kind: 'luds', minLength: 10, minComplexity: 3, breachDetection: false },
    });
    const checklist = container.querySelector('[data-part="checklist"]')!;
    expect(screen.getByLabelText('New password').getAttribute('aria-describedby')).toContain(checklist.id);
  });
});

describe('ResetCompleteForm, with the existing password', () => {
  it('asks for email, current and new password, and ties a wrong current password to its field', async () => {
    const adapter = memoryAdapter();
    const { user, container } = renderWithProvider(
      <ResetCompleteForm method="existingPassword" organizationId={ACME} />,
      { adapter },
    );
    expect(screen.getByRole('heading', { name: 'Change your password' })).toBeInTheDocument();
    const email = screen.getByLabelText('Work email');
    const current = screen.getByLabelText('Current password');
    const next = screen.getByLabelText('New password');
    expect(email).toHaveAttribute('autocomplete', 'username');
    expect(current).toHaveAttribute('autocomplete', 'current-password');
    expect(next).toHaveAttribute('autocomplete', 'new-password');
    expect(await axeViolations(container)).toEqual([]);

    // All missing: each field says so, and focus goes to the first.
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(email).toHaveAccessibleDescription('Enter your email address.');
    expect(current).toHaveAccessibleDescription('Enter your current password.');
    expect(next).toHaveAccessibleDescription('Enter a new password. Longer is stronger: try a few unrelated words.');
    expect(email).toHaveFocus();
    expect(await axeViolations(container)).toEqual([]);

    await user.type(email, 'ada@acme.test');
    await user.type(current, 'Not-The-Password-1');
    await user.type(next, STRONG_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    await waitFor(() => expect(current).toHaveAttribute('aria-invalid', 'true'), { timeout: 5000 });
    expect(current).toHaveAccessibleDescription('The current password is not correct.');
    await waitFor(() => expect(current).toHaveFocus());
    expect(email).toHaveValue('ada@acme.test');
    expect(current).toHaveValue('Not-The-Password-1');
    expect(next).toHaveValue(STRONG_PASSWORD);

    await user.clear(current);
    await user.type(current, DEMO_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByRole('heading', { name: 'Your password is reset' }, { timeout: 5000 })).toBeInTheDocument();
  });

  it('hands off to MFA when the organization requires it', async () => {
    const onMfaRequired = vi.fn();
    const onContinue = vi.fn();
    const { user, container } = renderWithProvider(
      <ResetCompleteForm
        method="existingPassword"
        organizationId={GLOBEX}
        emailAddress="max@globex.test"
        onMfaRequired={onMfaRequired}
        onContinue={onContinue}
      />,
    );
    expect(screen.getByLabelText('Work email')).toHaveValue('max@globex.test');
    await user.type(screen.getByLabelText('Current password'), DEMO_PASSWORD);
    await user.type(screen.getByLabelText('New password'), STRONG_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    const heading = await screen.findByRole('heading', { name: 'One more step' }, { timeout: 5000 });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText('Globex Corporation requires two-step verification. Continue to confirm it’s you.')).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('data-state', 'mfa_required');
    expect(onMfaRequired).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onContinue).toHaveBeenCalledWith(
      expect.objectContaining({ memberAuthenticated: false, intermediateSessionToken: expect.any(String) }),
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('ResetCompleteForm, by session', () => {
  it('sets the password of a signed-in member', async () => {
    const adapter = memoryAdapter();
    const { sessionToken } = adapter.createSession('member-demo-ada');
    const { user } = renderWithProvider(
      <ResetCompleteForm method="session" organizationId={ACME} sessionToken={sessionToken} />,
      { adapter },
    );
    expect(screen.getByRole('heading', { name: 'Change your password' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Current password')).toBeNull();
    await user.type(screen.getByLabelText('New password'), STRONG_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Save new password' }));
    expect(await screen.findByRole('heading', { name: 'Your password is reset' }, { timeout: 5000 })).toBeInTheDocument();
  });

  it('explains a session too old to reset from', async () => {
    const adapter = memoryAdapter();
    const { sessionToken } = adapter.createSession('member-demo-ada', { factorAgeMinutes: 30 });
    const { user } = renderWithProvider(
      <ResetCompleteForm method="session" organizationId={ACME} sessionToken={sessionToken} />,
      { adapter },
    );
    await user.type(screen.getByLabelText('New password'), STRONG_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Save new password' }));
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'For your security, sign in again before you change your password.',
    );
  });
});

describe('password managers', () => {
  it.each([
    ['ResetCompleteForm by link', (token: string) => <ResetCompleteForm method="email" token={token} emailAddress="ada@acme.test" />],
    ['ResetCompleteForm by session', () => <ResetCompleteForm method="session" organizationId={ACME} emailAddress="ada@acme.test" />],
    ['ResetFlow', (token: string) => <ResetFlow organizationId={ACME} emailAddress="ada@acme.test" tokenUrl={`https://app.example.com/r?token=${token}&stytch_token_type=multi_tenant_passwords`} />],
  ])('%s has a hidden username field with the member’s address beside the new password', async (_name, ui) => {
    const adapter = memoryAdapter();
    const token = await emailedToken(adapter, 'ada@acme.test');
    const { container } = renderWithProvider(ui(token), { adapter });
    await screen.findByLabelText('New password');
    const form = container.querySelector('form')!;
    const username = form.querySelector<HTMLInputElement>('input[autocomplete="username"]')!;
    expect(username).not.toBeNull();
    expect(username.value).toBe('ada@acme.test');
    expect(username).toHaveAttribute('data-visually-hidden');
    expect(username).toHaveAttribute('tabindex', '-1');
    // Out of the accessibility tree: only the new password is a field to fill.
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(form.querySelector('input[autocomplete="new-password"]')).not.toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });
});
