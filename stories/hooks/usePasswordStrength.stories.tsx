import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { usePasswordStrength } from '../../src/react/index.js';
import { StateView, readState } from './StateView.js';
import type { ScreenParameter } from '../support/screen.js';

/**
 * `usePasswordStrength` headless: the live estimate in the toolbar's locale and policy, with the
 * backend's breach verdict once typing pauses. Switch the policy in the toolbar to see LUDS.
 */
function UsePasswordStrengthDemo({ initialPassword }: { initialPassword: string }) {
  const [password, setPassword] = useState(initialPassword);
  const strength = usePasswordStrength(password, { emailAddress: 'ada@acme.test', userInputs: ['ada', 'acme'] });
  return (
    <main>
      <h1>usePasswordStrength</h1>
      <label htmlFor="password">Password</label>{' '}
      <input
        id="password"
        type="text"
        spellCheck={false}
        autoComplete="off"
        value={password}
        onFocus={strength.preload}
        onChange={(event) => setPassword(event.target.value)}
      />
      <StateView label="Hook state" value={strength} />
    </main>
  );
}

const meta = {
  title: 'Hooks/usePasswordStrength',
  component: UsePasswordStrengthDemo,
  args: { initialPassword: '' },
} satisfies Meta<typeof UsePasswordStrengthDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const TypingAStrongPassphrase: Story = {
  parameters: { screen: [{ text: '"valid": true' }] satisfies ScreenParameter },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Password'), 'violet-Harbor-lantern-93');
    await waitFor(() => expect(readState(canvasElement)).toMatchObject({ ready: true, valid: true }), { timeout: 8000 });
  },
};

/** A password strong enough for zxcvbn, but one the backend knows from a breach. */
export const BreachedPassword: Story = {
  args: { initialPassword: 'violet-Harbor-lantern-93' },
  parameters: {
    resetkit: { adapter: { breachedPasswords: ['violet-Harbor-lantern-93'] } },
    screen: [{ text: '"breached": true' }] satisfies ScreenParameter,
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(readState(canvasElement)).toMatchObject({ ready: true, valid: false, breached: true }), {
      timeout: 8000,
    });
  },
};
