import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { useResetStart, type UseResetStartOptions } from '../../src/react/index.js';
import { StateView, readState } from './StateView.js';
import type { ScreenParameter } from '../support/screen.js';
import { inTurn } from '../support/turns.js';

/**
 * `useResetStart` headless: requesting a reset link. The form is plain HTML; the hook's whole
 * result is shown beside it. Whether the account exists never shows.
 */
function UseResetStartDemo(options: UseResetStartOptions) {
  const start = useResetStart(options);
  const [email, setEmail] = useState('ada@acme.test');
  return (
    <main>
      <h1>useResetStart</h1>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          start.submit(email);
        }}
      >
        <label>
          Email <input type="email" value={email} onChange={(event) => setEmail(event.target.value)} />
        </label>{' '}
        <button type="submit" disabled={start.isPending}>
          Send link
        </button>{' '}
        <button type="button" onClick={start.resend} disabled={start.status !== 'sent' || start.resendAvailableInSeconds > 0}>
          Resend
        </button>
      </form>
      {start.errorMessage && <p role="alert">{start.errorMessage}</p>}
      <StateView label="Hook state" value={start} />
    </main>
  );
}

const meta = {
  title: 'Hooks/useResetStart',
  component: UseResetStartDemo,
  args: { organizationId: 'organization-demo-acme', resendCooldownSeconds: 30 },
} satisfies Meta<typeof UseResetStartDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Idle: Story = {};

export const Sent: Story = {
  parameters: { screen: [{ text: '"status": "sent"' }] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send link' }));
    await waitFor(() => expect(readState(canvasElement)).toMatchObject({ status: 'sent', email: 'ada@acme.test' }), { timeout: 3000 });
    await expect(readState(canvasElement)['resendAvailableInSeconds']).toBeGreaterThan(25);
  }),
};

export const UnknownAddressLooksSent: Story = {
  parameters: { screen: [{ text: '"status": "sent"' }] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText('Email');
    await userEvent.clear(input);
    await userEvent.type(input, 'nobody@acme.test{Enter}');
    await waitFor(() => expect(readState(canvasElement)).toMatchObject({ status: 'sent', error: null }), { timeout: 3000 });
  }),
};

export const RateLimited: Story = {
  parameters: {
    resetkit: { prepare: (adapter: MemoryAdapter) => adapter.failNext('rate_limited', { retryAfterSeconds: 42, operation: 'resetByEmailStart' }) },
    screen: [{ text: '"status": "error"' }, 'errors.rate_limited'] satisfies ScreenParameter,
  },
  play: inTurn(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send link' }));
    await waitFor(() => expect(readState(canvasElement)).toMatchObject({ status: 'error', error: { code: 'rate_limited' } }), {
      timeout: 3000,
    });
    await expect(canvas.getByRole('alert')).toBeVisible();
  }),
};
