import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { PasswordField, StrengthMeter } from '../../../src/react/components/index.js';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { STRONG_PASSWORD, axeViolations, memoryAdapter, renderWithProvider } from './render.js';

function Field({ announceDelayMs, emailAddress }: { announceDelayMs?: number; emailAddress?: string }) {
  const [password, setPassword] = useState('');
  return (
    <PasswordField value={password} onValueChange={setPassword}>
      <StrengthMeter
        password={password}
        {...(announceDelayMs === undefined ? {} : { announceDelayMs })}
        {...(emailAddress === undefined ? {} : { emailAddress })}
      />
    </PasswordField>
  );
}

const LUDS = { kind: 'luds', minLength: 10, minComplexity: 3, breachDetection: false } as const;

describe('StrengthMeter', () => {
  it('is a meter from 0 to 4 with a localized value text and a visible bar', async () => {
    const { user, container } = renderWithProvider(<Field />);
    const meter = screen.getByRole('meter', { name: 'Password strength' });
    expect(meter).toHaveAttribute('aria-valuemin', '0');
    expect(meter).toHaveAttribute('aria-valuemax', '4');
    expect(meter).toHaveAttribute('aria-valuenow', '0');
    expect(container.querySelector('[data-part="meter-bar"]')).toHaveAttribute('data-state', 'empty');

    await user.type(screen.getByLabelText('New password'), STRONG_PASSWORD);
    await waitFor(() => expect(meter).toHaveAttribute('aria-valuenow', '4'), { timeout: 5000 });
    expect(meter).toHaveAttribute('aria-valuetext', 'Very strong');
    expect(container.querySelector('[data-part="meter-bar"]')).toHaveAttribute('data-state', '4');
    expect(container.querySelector('[data-scope="strength-meter"]')).toHaveAttribute('data-valid', '');
    expect(screen.getByText('This password meets the requirements.')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows one verdict line and at most two tips for a weak password, then the breach over everything', async () => {
    // The backend checks breaches only when it knows whose password it is (as Stytch does).
    const { user, container } = renderWithProvider(<Field emailAddress="ada@acme.test" />);
    const verdict = container.querySelector('[data-part="verdict"]')!;
    // Present (with a hint) before anything is typed, so its room is kept.
    expect(verdict).toHaveTextContent('Longer is stronger: try a few unrelated words.');
    await user.type(screen.getByLabelText('New password'), 'password');
    const meter = screen.getByRole('meter');
    // The memory backend's strength check knows "password" from its breach list.
    await waitFor(
      () => expect(verdict).toHaveTextContent('This password appeared in a data breach. Choose one you have never used anywhere.'),
      { timeout: 5000 },
    );
    expect(verdict).toHaveAttribute('data-tone', 'danger');
    // Bar, band and text agree: nothing says strong or acceptable.
    expect(meter).toHaveAttribute('aria-valuenow', '0');
    expect(meter).toHaveAttribute('aria-valuetext', 'Not safe');
    expect(container.querySelector('[data-part="meter-bar"]')).toHaveAttribute('data-breached', '');
    expect(container.querySelector('[data-scope="strength-meter"]')).not.toHaveAttribute('data-valid');
    expect(container).not.toHaveTextContent(/strong|meets the requirements/i);
    expect(container.querySelectorAll('[data-part="suggestion"]')).toHaveLength(0);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('keeps the last verdict on screen, marked pending, while the next estimate is computed', async () => {
    const { strengthCheck: _ignored, ...withoutCheck } = memoryAdapter();
    const { user, container } = renderWithProvider(<Field />, { adapter: withoutCheck as MemoryAdapter });
    const input = screen.getByLabelText('New password');
    const verdict = container.querySelector('[data-part="verdict"]')!;
    await user.type(input, 'abc');
    await waitFor(() => expect(verdict).toHaveAttribute('data-tone', 'warning'), { timeout: 5000 });
    const before = verdict.textContent;
    const tips = container.querySelectorAll('[data-part="suggestion"]').length;
    expect(tips).toBeGreaterThan(0);
    expect(tips).toBeLessThanOrEqual(2);
    // The next keystroke's estimate is not in yet: the old verdict and tips stay, quieter.
    fireEvent.change(input, { target: { value: 'abcd' } });
    expect(verdict).toHaveTextContent(before!);
    expect(verdict).toHaveAttribute('data-pending', '');
    expect(container.querySelectorAll('[data-part="suggestion"]')).toHaveLength(tips);
    expect(screen.queryByText('Checking strength…')).toBeNull();
    await waitFor(() => expect(verdict).not.toHaveAttribute('data-pending'), { timeout: 5000 });
  });

  it('says "does not meet" in the error style when the form reports a refused password', async () => {
    const { strengthCheck: _ignored, ...withoutCheck } = memoryAdapter();
    const { container } = renderWithProvider(<StrengthMeter password="Tr0ub4dor" rejected="weak" />, {
      adapter: withoutCheck as MemoryAdapter,
      policy: LUDS,
    });
    const verdict = container.querySelector('[data-part="verdict"]')!;
    expect(verdict).toHaveAttribute('data-tone', 'danger');
    expect(verdict).toHaveTextContent('This password does not meet the requirements yet.');
    expect(container.querySelector('[data-scope="strength-meter"]')).toHaveAttribute('data-invalid', '');
  });

  it('shows the LUDS checklist under a LUDS policy, each rule marked as it is met', async () => {
    const { user, container } = renderWithProvider(<Field />, { policy: LUDS });
    expect(screen.getByText('Your password needs')).toBeInTheDocument();
    // The rules are the primary signal: first in the meter, as a list, with no zxcvbn tips.
    const root = container.querySelector('[data-scope="strength-meter"]')!;
    expect(root.firstElementChild).toHaveAttribute('data-part', 'checklist');
    expect(within(root as HTMLElement).getAllByRole('list')[0]).toBeInTheDocument();
    expect(root.querySelector('[data-part="tips"]')).toBeNull();
    const item = (text: string) => screen.getByText(text, { exact: false }).closest('[data-part="checklist-item"]')!;
    expect(item('At least 10 characters')).not.toHaveAttribute('data-met');
    expect(item('A lowercase letter')).not.toHaveAttribute('data-met');
    expect(item('At least 10 characters')).toHaveTextContent('(missing)');

    await user.type(screen.getByLabelText('New password'), 'abcDEF');
    expect(item('A lowercase letter')).toHaveAttribute('data-met', '');
    expect(item('An uppercase letter')).toHaveAttribute('data-met', '');
    expect(item('A number')).not.toHaveAttribute('data-met');
    expect(item('At least 10 characters')).not.toHaveAttribute('data-met');

    await user.type(screen.getByLabelText('New password'), '1234');
    expect(item('At least 10 characters')).toHaveAttribute('data-met', '');
    expect(item('At least 10 characters')).toHaveTextContent('(done)');
    expect(item('At least 3 of these character types:')).toHaveAttribute('data-met', '');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('announces a change of band once typing pauses, not on every keystroke', async () => {
    // Without the backend's check: its later verdict may move the band again after a pause,
    // which is rightly announced but not what this test is about.
    const { strengthCheck: _ignored, ...withoutCheck } = memoryAdapter();
    const { user, container } = renderWithProvider(<Field announceDelayMs={300} />, { adapter: withoutCheck as MemoryAdapter });
    const announcer = container.querySelector('[data-scope="strength-meter"] [data-part="announcer"]')!;
    expect(announcer).toHaveAttribute('role', 'status');
    const said: string[] = [];
    const observer = new MutationObserver(() => {
      const text = announcer.textContent ?? '';
      if (text && said.at(-1) !== text) said.push(text);
    });
    observer.observe(announcer, { childList: true, characterData: true, subtree: true });

    const input = screen.getByLabelText('New password');
    await user.type(input, 'abc');
    await waitFor(() => expect(announcer).toHaveTextContent('Password strength: Very weak'), { timeout: 5000 });
    // Typing on within the same band says nothing new.
    await user.type(input, 'd');
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(said).toEqual(['Password strength: Very weak']);

    // A burst of quick keystrokes through several bands is said once, at its end. (Typed as
    // direct changes: simulated key events in jsdom are slower than the pause being tested.)
    const burst = '-violet-Harbor-lantern-93-quietly';
    for (let typed = 1; typed <= burst.length; typed++) {
      fireEvent.change(input, { target: { value: `abcd${burst.slice(0, typed)}` } });
    }
    const meter = screen.getByRole('meter');
    await waitFor(() => expect(meter).not.toHaveAttribute('aria-valuenow', '0'), { timeout: 5000 });
    const band = meter.getAttribute('aria-valuetext');
    await waitFor(() => expect(announcer).toHaveTextContent(`Password strength: ${band}`), { timeout: 5000 });
    observer.disconnect();
    expect(said).toEqual(['Password strength: Very weak', `Password strength: ${band}`]);
  });
});
