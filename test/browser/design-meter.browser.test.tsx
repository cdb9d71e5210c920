// What a member sees while choosing a password, measured in real Chromium with the stylesheet:
// the form does not move while the meter re-checks, a check never hangs, and a breached password
// never looks acceptable.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { type ReactElement, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { type MemoryAdapter, createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { PasswordField, ResetCompleteForm, StrengthMeter } from '../../src/react/components/index.js';
import { ResetProvider } from '../../src/react/index.js';
import '../../src/styles/index.css';

const ACME = 'organization-demo-acme';
const TYPED = 'Correct-horse-7-battery-staple!z';
// Looks strong to zxcvbn; the backend's breach list has it (as a real corpus might).
const BREACHED = 'violet-Harbor-lantern-93-quietly';
// A generous bound: this is a hang check, not a speed target.
const HANG_BOUND_MS = 10_000;

afterEach(() => cleanup());
beforeEach(async () => {
  await page.viewport(1280, 900);
});

const adapterFor = () => createMemoryAdapter({ rateLimit: false, breachedPasswords: [BREACHED] });

function renderOn(adapter: MemoryAdapter, ui: ReactElement) {
  return render(
    <ResetProvider adapter={adapter} locale="en">
      {ui}
    </ResetProvider>,
  );
}

async function emailedToken(adapter: MemoryAdapter): Promise<string> {
  await adapter.resetByEmailStart({ organizationId: ACME, emailAddress: 'ada@acme.test' });
  return adapter.outbox.latest('ada@acme.test')!.token;
}

/** Records where `elements` are on every animation frame until stopped. */
function trackPositions(elements: () => Element[]) {
  const seen = new Set<string>();
  let running = true;
  const sample = () => {
    seen.add(elements().map((element) => Math.round(element.getBoundingClientRect().top)).join(','));
    if (running) requestAnimationFrame(sample);
  };
  sample();
  return {
    stop() {
      running = false;
      sample();
      return [...seen];
    },
  };
}

const verdictOf = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-part="verdict"]')!;

describe('the strength meter in a real browser', () => {
  it('uses a 32-character password', () => {
    expect([...TYPED]).toHaveLength(32);
  });

  it('does not move the Save button while a 32-character password is typed and its estimates arrive', { timeout: 60_000 }, async () => {
    const adapter = adapterFor();
    const { container } = renderOn(adapter, <ResetCompleteForm method="email" token={await emailedToken(adapter)} />);
    const input = screen.getByLabelText('New password');
    const save = screen.getByRole('button', { name: 'Save new password' });
    const tracker = trackPositions(() => [input, save]);
    await userEvent.click(input);
    for (const character of TYPED) await userEvent.keyboard(character);
    // Every estimate in, and the backend's check too.
    await waitFor(() => expect(verdictOf(container)).not.toHaveAttribute('data-pending'), { timeout: HANG_BOUND_MS });
    await waitFor(() => expect(verdictOf(container)).toHaveAttribute('data-tone', 'success'), { timeout: HANG_BOUND_MS });
    await new Promise((resolve) => setTimeout(resolve, 600));
    const positions = tracker.stop();
    expect(positions, `input and Save button tops seen: ${positions.join(' | ')}`).toHaveLength(1);
  });

  it('paste + Enter ends in a visible verdict that says what is wrong, never a lasting "Checking…"', { timeout: 30_000 }, async () => {
    const adapter = adapterFor();
    const { container } = renderOn(adapter, <ResetCompleteForm method="email" token={await emailedToken(adapter)} />);
    const input = screen.getByLabelText('New password');
    await userEvent.click(input);
    await userEvent.fill(input, 'password1');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'), { timeout: HANG_BOUND_MS });
    const verdict = verdictOf(container);
    await waitFor(() => expect(verdict).toHaveAttribute('data-tone', 'danger'), { timeout: HANG_BOUND_MS });
    expect(verdict).toHaveTextContent(/common password/);
    expect(container).not.toHaveTextContent('Checking strength…');
    expect(input).toHaveAccessibleDescription(verdict.textContent!);
    expect(document.activeElement).toBe(input);
  });

  it('paste + Enter of a strong password saves it', { timeout: 30_000 }, async () => {
    const adapter = adapterFor();
    renderOn(adapter, <ResetCompleteForm method="email" token={await emailedToken(adapter)} />);
    const input = screen.getByLabelText('New password');
    await userEvent.click(input);
    await userEvent.fill(input, TYPED);
    await userEvent.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { name: 'Your password is reset' }, { timeout: HANG_BOUND_MS });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('never shows a settled strong or valid state for a breached password: bar, band and text agree', { timeout: 60_000 }, async () => {
    function Field() {
      const [password, setPassword] = useState('');
      return (
        <PasswordField onValueChange={setPassword}>
          <StrengthMeter password={password} emailAddress="ada@acme.test" />
        </PasswordField>
      );
    }
    const { container } = renderOn(adapterFor(), <Field />);
    const input = screen.getByLabelText('New password');
    await userEvent.click(input);
    for (const character of BREACHED) await userEvent.keyboard(character);
    // From the last key on: no frame may call it strong or acceptable once it is no longer pending.
    const meter = container.querySelector<HTMLElement>('[data-scope="strength-meter"]')!;
    const frames: string[] = [];
    let running = true;
    const sample = () => {
      const band = meter.querySelector('[role="meter"]')!.getAttribute('aria-valuetext') ?? '';
      if (!meter.hasAttribute('data-pending') && (meter.hasAttribute('data-valid') || /strong/i.test(band) || /meets/.test(meter.textContent ?? ''))) {
        frames.push(`valid=${meter.hasAttribute('data-valid')} band=${band}`);
      }
      if (running) requestAnimationFrame(sample);
    };
    sample();
    await waitFor(() => expect(meter).toHaveAttribute('data-breached'), { timeout: HANG_BOUND_MS });
    await new Promise((resolve) => setTimeout(resolve, 600));
    running = false;
    expect(frames).toEqual([]);
    expect(meter.querySelector('[role="meter"]')).toHaveAttribute('aria-valuetext', 'Not safe');
    expect(meter.querySelector('[role="meter"]')).toHaveAttribute('aria-valuenow', '0');
    expect(meter.querySelector('[data-part="meter-bar"]')).toHaveAttribute('data-breached');
    expect(meter.querySelector('[data-part="verdict"]')).toHaveAttribute('data-tone', 'danger');
    expect(meter).not.toHaveTextContent(/strong|meets the requirements/i);
  });

  it('a breached password refused on submit shows as not safe in bar, band and text', { timeout: 30_000 }, async () => {
    const adapter = adapterFor();
    const { container } = renderOn(adapter, <ResetCompleteForm method="email" token={await emailedToken(adapter)} />);
    const input = screen.getByLabelText('New password');
    await userEvent.click(input);
    await userEvent.fill(input, BREACHED);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(verdictOf(container)).toHaveAttribute('data-tone', 'danger'), { timeout: HANG_BOUND_MS });
    const meter = screen.getByRole('meter');
    expect(meter).toHaveAttribute('aria-valuetext', 'Not safe');
    expect(container.querySelector('[data-part="meter-bar"]')).toHaveAttribute('data-breached');
    expect(container).not.toHaveTextContent(/strong|meets the requirements/i);
    // One message for the one problem.
    expect(container.querySelectorAll('[data-part="error"], [role="alert"]')).toHaveLength(0);
  });
});
