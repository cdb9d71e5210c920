import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { useCountdown, useResetTranslation } from '../../src/react/index.js';
import type { ScreenParameter } from '../support/screen.js';
import { inTurn } from '../support/turns.js';

/**
 * `useCountdown` headless: whole seconds left until a deadline, ticking once a second (a rate
 * limit's `retryAfterSeconds`, a resend cooldown), here in resetkit's own words.
 */
function UseCountdownDemo({ seconds }: { seconds: number }) {
  const [until, setUntil] = useState<number | null>(null);
  const left = useCountdown(until);
  const { t } = useResetTranslation();
  return (
    <main>
      <h1>useCountdown</h1>
      <button type="button" onClick={() => setUntil(Date.now() + seconds * 1000)}>
        Wait {seconds} seconds
      </button>
      <p role="timer" aria-live="off">
        {left > 0 ? t('rateLimit.wait', { count: left }) : '—'}
      </p>
    </main>
  );
}

const meta = {
  title: 'Hooks/useCountdown',
  component: UseCountdownDemo,
  args: { seconds: 30 },
} satisfies Meta<typeof UseCountdownDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Counting: Story = {
  parameters: { screen: [{ selector: '[role="timer"]' }] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Wait 30 seconds' }));
    const timer = canvas.getByRole('timer');
    await waitFor(() => expect(timer).toHaveTextContent(/30/));
    // It ticks.
    await waitFor(() => expect(timer).toHaveTextContent(/29/), { timeout: 3000 });
  }),
};
