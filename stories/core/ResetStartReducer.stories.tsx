import type { Meta, StoryObj } from '@storybook/react-vite';
import { useReducer, useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { ResetError, initialResetStartState, resetStartReducer } from '../../src/core/index.js';
import type { ScreenParameter } from '../support/screen.js';
import { inTurn } from '../support/turns.js';

/**
 * The framework-free reducer behind "request a reset link", driven by hand: every button sends
 * one event, and the state it returns is shown beside it.
 */
function ResetStartReducerHarness() {
  const [state, send] = useReducer(resetStartReducer, initialResetStartState);
  const [email, setEmail] = useState('ada@example.com');
  return (
    <main>
      <h1>Reset start reducer</h1>
      <label>
        Email <input value={email} onChange={(event) => setEmail(event.target.value)} />
      </label>
      <div role="group" aria-label="Events" className="rk-story-events">
        <button type="button" onClick={() => send({ type: 'EMAIL.SUBMIT', email })}>
          EMAIL.SUBMIT
        </button>
        <button type="button" onClick={() => send({ type: 'REQUEST.SUCCESS', at: Date.now() })}>
          REQUEST.SUCCESS
        </button>
        <button
          type="button"
          onClick={() =>
            send({
              type: 'REQUEST.FAILURE',
              error: new ResetError('rate_limited', 'Too many requests.', { retryAfterSeconds: 30 }),
              at: Date.now(),
            })
          }
        >
          REQUEST.FAILURE (rate limited)
        </button>
        <button type="button" onClick={() => send({ type: 'FLOW.RESET' })}>
          FLOW.RESET
        </button>
      </div>
      <pre aria-label="State">{JSON.stringify({ ...state, error: state.error?.code ?? null }, null, 2)}</pre>
    </main>
  );
}

const meta = {
  title: 'Core/Reset start reducer',
  component: ResetStartReducerHarness,
} satisfies Meta<typeof ResetStartReducerHarness>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Idle: Story = {};

export const FailureKeepsTheEmail: Story = {
  parameters: { screen: [{ text: '"error": "rate_limited"' }] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'EMAIL.SUBMIT' }));
    await userEvent.click(canvas.getByRole('button', { name: /REQUEST.FAILURE/ }));
    const state = JSON.parse(canvas.getByLabelText('State').textContent ?? '{}') as Record<string, unknown>;
    await expect(state).toMatchObject({ status: 'error', email: 'ada@example.com', error: 'rate_limited' });
  }),
};
