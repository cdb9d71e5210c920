import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { DEMO_PASSWORD } from '../../src/adapters/memory/index.js';
import { type ResetMethod, useResetComplete, useResetStart } from '../../src/react/index.js';
import { useOutbox, useStoryAdapter } from '../support/storyAdapter.js';
import { StateView, readState } from './StateView.js';
import type { ScreenParameter } from '../support/screen.js';
import { inTurn } from '../support/turns.js';

const ORGANIZATION = 'organization-demo-acme';
const STRONG = 'violet-Harbor-lantern-93-quietly';

interface DemoProps {
  /** Which completion flow to drive. */
  method: ResetMethod;
  /** The member (demo data set) whose password is reset. */
  emailAddress: string;
}

/**
 * `useResetComplete` headless. For `email`, the demo first asks for a link (with
 * `useResetStart`) and takes the token from the in-memory inbox; for `session`, it signs the
 * member in on the in-memory backend first.
 */
function UseResetCompleteDemo({ method, emailAddress }: DemoProps) {
  const adapter = useStoryAdapter();
  const start = useResetStart({ organizationId: ORGANIZATION });
  const emails = useOutbox();
  const token = emails.find((email) => email.to === emailAddress)?.token;
  const sessionToken = useMemo(
    () => (method === 'session' ? adapter.createSession('member-demo-ada').sessionToken : undefined),
    [adapter, method],
  );
  const complete = useResetComplete({ method, token, organizationId: ORGANIZATION, emailAddress, sessionToken });
  const [password, setPassword] = useState('');
  const [existingPassword, setExistingPassword] = useState('');
  return (
    <main>
      <h1>useResetComplete ({method})</h1>
      {method === 'email' && (
        <p>
          <button type="button" onClick={() => start.submit(emailAddress)} disabled={start.isPending}>
            Email a link to {emailAddress}
          </button>{' '}
          {token ? 'Token received.' : 'No token yet.'}
        </p>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          complete.submit({ password, existingPassword, emailAddress });
        }}
      >
        {method === 'existingPassword' && (
          <p>
            <label>
              Current password <input type="password" autoComplete="current-password" onChange={(event) => setExistingPassword(event.target.value)} />
            </label>
          </p>
        )}
        <p>
          {/* Uncontrolled: a controlled input mirrors its value into the markup's value attribute. */}
          <label>
            New password <input type="password" autoComplete="new-password" onChange={(event) => setPassword(event.target.value)} />
          </label>{' '}
          <button type="submit" disabled={complete.isPending}>
            Save
          </button>
        </p>
      </form>
      {complete.errorMessage && <p role="alert">{complete.errorMessage}</p>}
      <StateView label="Hook state" value={{ ...complete, submitted: complete.submitted ? '(kept, not shown)' : null }} />
    </main>
  );
}

const meta = {
  title: 'Hooks/useResetComplete',
  component: UseResetCompleteDemo,
  args: { method: 'email', emailAddress: 'ada@acme.test' },
  argTypes: { method: { control: 'inline-radio', options: ['email', 'session', 'existingPassword'] } },
} satisfies Meta<typeof UseResetCompleteDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ByEmailedToken: Story = {
  parameters: { screen: [{ text: '"status": "success"' }] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /Email a link/ }));
    await canvas.findByText('Token received.', {}, { timeout: 3000 });
    await userEvent.type(canvas.getByLabelText('New password'), `${STRONG}{Enter}`);
    await waitFor(() => expect(readState(canvasElement)).toMatchObject({ status: 'success' }), { timeout: 5000 });
  }),
};

export const WeakPasswordNeverSent: Story = {
  parameters: { screen: [{ text: '"status": "error"' }, 'errors.weak_password'] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /Email a link/ }));
    await canvas.findByText('Token received.', {}, { timeout: 3000 });
    await userEvent.type(canvas.getByLabelText('New password'), 'password1{Enter}');
    await waitFor(() => expect(readState(canvasElement)).toMatchObject({ status: 'error', error: { code: 'weak_password' } }), {
      timeout: 5000,
    });
  }),
};

export const BySession: Story = { args: { method: 'session' } };

export const WithExistingPassword: Story = {
  parameters: { screen: [{ text: '"status": "success"' }] satisfies ScreenParameter },
  args: { method: 'existingPassword' },
  play: inTurn(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Current password'), 'wrong-password');
    await userEvent.type(canvas.getByLabelText('New password'), `${STRONG}{Enter}`);
    await waitFor(() => expect(readState(canvasElement)).toMatchObject({ error: { code: 'unauthorized_credentials' } }), {
      timeout: 5000,
    });
    await userEvent.clear(canvas.getByLabelText('Current password'));
    await userEvent.type(canvas.getByLabelText('Current password'), `${DEMO_PASSWORD}{Enter}`);
    await waitFor(() => expect(readState(canvasElement)).toMatchObject({ status: 'success' }), { timeout: 5000 });
  }),
};
