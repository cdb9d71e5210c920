import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useMemo, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { DEMO_PASSWORD } from '../../src/adapters/memory/index.js';
import { ResetCompleteForm } from '../../src/react/components/index.js';
import type { ResetMethod } from '../../src/react/index.js';
import type { ScreenParameter } from '../support/screen.js';
import { useStoryAdapter } from '../support/storyAdapter.js';
import { storyStrings } from '../support/strings.js';
import { inTurn } from '../support/turns.js';

const ACME = 'organization-demo-acme';
const STRONG = 'violet-Harbor-lantern-93-quietly';

interface DemoProps {
  /** How the new password is authorized. */
  method: ResetMethod;
  /** The demo member (ada@acme.test, or max@globex.test whose organization requires MFA). */
  emailAddress: string;
  /** The member's organization. */
  organizationId: string;
}

/**
 * Setting the new password: by the emailed link (the story asks the in-memory backend for one
 * first), signed in (a fresh session), or with the current password. Ends on the done screen
 * or, for Globex (MFA required), on the MFA hand-off.
 */
function ResetCompleteDemo({ method, emailAddress, organizationId }: DemoProps) {
  const adapter = useStoryAdapter();
  const [token, setToken] = useState<string | undefined>();
  // Story scaffolding: the link a member would have clicked.
  useEffect(() => {
    if (method !== 'email') return;
    void adapter.resetByEmailStart({ organizationId, emailAddress }).then(() => setToken(adapter.outbox.latest(emailAddress)?.token));
  }, [adapter, method, organizationId, emailAddress]);
  const sessionToken = useMemo(
    () => (method === 'session' ? adapter.createSession(emailAddress === 'max@globex.test' ? 'member-demo-max' : 'member-demo-ada').sessionToken : undefined),
    [adapter, method, emailAddress],
  );
  if (method === 'email' && !token) return <p>Asking the in-memory backend for a link…</p>;
  return (
    <ResetCompleteForm
      key={method}
      method={method}
      token={token}
      organizationId={organizationId}
      emailAddress={emailAddress}
      sessionToken={sessionToken}
      onContinue={() => undefined}
    />
  );
}

const meta = {
  title: 'Components/ResetCompleteForm',
  component: ResetCompleteDemo,
  args: { method: 'email', emailAddress: 'ada@acme.test', organizationId: ACME },
  argTypes: { method: { control: 'inline-radio', options: ['email', 'session', 'existingPassword'] } },
} satisfies Meta<typeof ResetCompleteDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ByEmailedLink: Story = {
  parameters: { screen: ['done.title'] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement, globals }) => {
    const t = await storyStrings(globals);
    const canvas = within(canvasElement);
    const input = await canvas.findByLabelText(t('fields.newPassword'), {}, { timeout: 5000 });
    await userEvent.type(input, `${STRONG}{Enter}`);
    await canvas.findByRole('heading', { name: t('done.title') }, { timeout: 10_000 });
  }),
};

export const WeakPassword: Story = {
  parameters: { screen: ['complete.title', { selector: 'input[type="password"][aria-invalid="true"]' }] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement, globals }) => {
    const t = await storyStrings(globals);
    const canvas = within(canvasElement);
    const input = await canvas.findByLabelText(t('fields.newPassword'), {}, { timeout: 5000 });
    await userEvent.type(input, 'password1{Enter}');
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'), { timeout: 10_000 });
  }),
};

export const BySession: Story = { args: { method: 'session' }, parameters: { screen: ['session.title'] satisfies ScreenParameter } };

export const WithExistingPassword: Story = {
  args: { method: 'existingPassword' },
  parameters: { screen: ['done.title'] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement, globals }) => {
    const t = await storyStrings(globals);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText(t('fields.currentPassword')), DEMO_PASSWORD);
    await userEvent.type(canvas.getByLabelText(t('fields.newPassword')), `${STRONG}{Enter}`);
    await canvas.findByRole('heading', { name: t('done.title') }, { timeout: 10_000 });
  }),
};

export const MfaHandOff: Story = {
  args: { method: 'existingPassword', emailAddress: 'max@globex.test', organizationId: 'organization-demo-globex' },
  parameters: { screen: ['mfa.title'] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement, globals }) => {
    const t = await storyStrings(globals);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText(t('fields.currentPassword')), DEMO_PASSWORD);
    await userEvent.type(canvas.getByLabelText(t('fields.newPassword')), `${STRONG}{Enter}`);
    await canvas.findByRole('heading', { name: t('mfa.title') }, { timeout: 10_000 });
  }),
};

/** The dark theme with the meter, its tips and a field error: axe checks their contrast. */
export const DarkWeakPassword: Story = { globals: { theme: 'dark' }, parameters: WeakPassword.parameters, play: WeakPassword.play };
