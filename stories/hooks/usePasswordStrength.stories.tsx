import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { usePasswordStrength } from '../../src/react/index.js';
import { StateView, readState } from './StateView.js';
import type { ScreenParameter } from '../support/screen.js';
import { inTurn } from '../support/turns.js';

/**
 * `usePasswordStrength` headless: the live estimate in the toolbar's locale and policy, with the
 * backend's breach verdict once typing pauses. Switch the policy in the toolbar to see LUDS.
 */
function UsePasswordStrengthDemo() {
  const [password, setPassword] = useState('');
  const strength = usePasswordStrength(password, { emailAddress: 'ada@acme.test', userInputs: ['ada', 'acme'] });
  return (
    <main>
      <h1>usePasswordStrength</h1>
      {/* Uncontrolled: a controlled input mirrors its value into the markup's value attribute. */}
      <label>
        Password <input type="password" autoComplete="new-password" onFocus={strength.preload} onChange={(event) => setPassword(event.target.value)} />
      </label>
      <StateView label="Hook state" value={strength} />
    </main>
  );
}

const meta = {
  title: 'Hooks/usePasswordStrength',
  component: UsePasswordStrengthDemo,
} satisfies Meta<typeof UsePasswordStrengthDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const TypingAStrongPassphrase: Story = {
  parameters: { screen: [{ text: '"valid": true' }] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Password'), 'violet-Harbor-lantern-93');
    await waitFor(() => expect(readState(canvasElement)).toMatchObject({ ready: true, valid: true }), { timeout: 8000 });
  }),
};

/** A password strong enough for zxcvbn, but one the backend knows from a breach. */
export const BreachedPassword: Story = {
  parameters: {
    resetkit: { adapter: { breachedPasswords: ['violet-Harbor-lantern-93'] } },
    screen: [{ text: '"breached": true' }] satisfies ScreenParameter,
  },
  play: inTurn(async ({ canvasElement }) => {
    await userEvent.type(within(canvasElement).getByLabelText('Password'), 'violet-Harbor-lantern-93');
    await waitFor(() => expect(readState(canvasElement)).toMatchObject({ ready: true, valid: false, breached: true }), {
      timeout: 8000,
    });
  }),
};
