import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { useDiscoveryReset } from '../../src/react/index.js';
import { useOutbox } from '../support/storyAdapter.js';
import { StateView, readState } from './StateView.js';
import type { ScreenParameter } from '../support/screen.js';
import { inTurn } from '../support/turns.js';

const STRONG = 'violet-Harbor-lantern-93-quietly';

/**
 * `useDiscoveryReset` headless: the cross-organization reset from link to organization. The
 * token comes from the in-memory inbox.
 */
function UseDiscoveryResetDemo() {
  const discovery = useDiscoveryReset();
  const emails = useOutbox();
  const [email, setEmail] = useState('sam@example.test');
  const [password, setPassword] = useState('');
  const token = emails.find((sent) => sent.tokenType === 'discovery')?.token;
  return (
    <main>
      <h1>useDiscoveryReset</h1>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          discovery.start(email);
        }}
      >
        <label>
          Email <input type="email" value={email} onChange={(event) => setEmail(event.target.value)} />
        </label>{' '}
        <button type="submit">Send link</button>
      </form>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (token) discovery.complete({ token, password });
        }}
      >
        {/* Uncontrolled: a controlled input mirrors its value into the markup's value attribute. */}
        <label>
          New password <input type="password" autoComplete="new-password" onChange={(event) => setPassword(event.target.value)} />
        </label>{' '}
        <button type="submit" disabled={!token}>
          Reset with the emailed token
        </button>
      </form>
      {discovery.organizations.length > 0 && (
        <ul aria-label="Organizations">
          {discovery.organizations.map((entry) => (
            <li key={entry.organization.organizationId}>
              <button type="button" onClick={() => discovery.selectOrganization(entry.organization.organizationId)}>
                {entry.organization.organizationName}
              </button>{' '}
              ({entry.membership.type})
            </li>
          ))}
        </ul>
      )}
      {discovery.errorMessage && <p role="alert">{discovery.errorMessage}</p>}
      <StateView label="Hook state" value={discovery} />
    </main>
  );
}

const meta = {
  title: 'Hooks/useDiscoveryReset',
  component: UseDiscoveryResetDemo,
} satisfies Meta<typeof UseDiscoveryResetDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Idle: Story = {};

export const ToOrganizationAndMfa: Story = {
  parameters: { screen: [{ text: '"status": "mfa_required"' }] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send link' }));
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Reset with the emailed token' })).toBeEnabled(), { timeout: 3000 });
    await userEvent.type(canvas.getByLabelText('New password'), `${STRONG}{Enter}`);
    await waitFor(() => expect(readState(canvasElement)).toMatchObject({ status: 'choose_organization' }), { timeout: 5000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Globex Corporation' }));
    await waitFor(() => expect(readState(canvasElement)).toMatchObject({ status: 'mfa_required' }), { timeout: 5000 });
  }),
};
