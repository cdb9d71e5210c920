import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { userEvent, within } from 'storybook/test';
import { ResetFlow } from '../../src/react/components/index.js';
import type { ResetkitParameters } from '../../.storybook/preview.js';
import type { ScreenParameter } from '../support/screen.js';
import { DevInbox } from '../support/storyAdapter.js';
import { storyStrings } from '../support/strings.js';
import { inTurn } from '../support/turns.js';

const STRONG = 'violet-Harbor-lantern-93-quietly';

interface DemoProps {
  /** The organization; leave empty for the cross-organization (discovery) flow. */
  organizationId?: string;
}

/**
 * The all-in-one flow. Ask for a link, then open it from the in-memory inbox below: the flow
 * reads the token from the link (here `tokenUrl`, as the story has no address bar of its own)
 * and continues with the new password, a dead link's "send a new one", the organization picker,
 * MFA and done.
 */
function ResetFlowDemo({ organizationId }: DemoProps) {
  const [link, setLink] = useState<string | undefined>();
  return (
    <>
      <ResetFlow
        key={link ?? 'start'}
        {...(organizationId ? { organizationId } : {})}
        {...(link ? { tokenUrl: link } : {})}
        resetPasswordRedirectUrl="https://app.example.test/reset"
        discoveryRedirectUrl="https://app.example.test/reset"
        onContinue={() => setLink(undefined)}
      />
      <DevInbox onOpen={(email) => setLink(email.link)} />
    </>
  );
}

const meta = {
  title: 'Components/ResetFlow',
  component: ResetFlowDemo,
  args: { organizationId: 'organization-demo-acme' },
  parameters: { resetkit: { adapter: { crossOrgPasswords: true } } satisfies ResetkitParameters },
} satisfies Meta<typeof ResetFlowDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const OrganizationFlow: Story = {
  parameters: { screen: ['done.title'] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement, globals }) => {
    const t = await storyStrings(globals);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText(t('fields.email')), 'ada@acme.test{Enter}');
    await canvas.findByRole('heading', { name: t('sent.title') }, { timeout: 5000 });
    await userEvent.click(await canvas.findByRole('button', { name: /^Open the link to ada@acme\.test/ }, { timeout: 5000 }));
    await userEvent.type(await canvas.findByLabelText(t('fields.newPassword')), `${STRONG}{Enter}`);
    await canvas.findByRole('heading', { name: t('done.title') }, { timeout: 10_000 });
  }),
};

export const DiscoveryFlow: Story = {
  args: { organizationId: '' },
  parameters: { screen: ['mfa.title'] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement, globals }) => {
    const t = await storyStrings(globals);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText(t('fields.email')), 'sam@example.test{Enter}');
    await userEvent.click(await canvas.findByRole('button', { name: /^Open the link to sam@example\.test/ }, { timeout: 5000 }));
    await userEvent.type(await canvas.findByLabelText(t('fields.newPassword')), `${STRONG}{Enter}`);
    const globex = await canvas.findByRole('button', { name: t('discovery.signIn', { organization: 'Globex Corporation' }) }, { timeout: 10_000 });
    await userEvent.click(globex);
    await canvas.findByRole('heading', { name: t('mfa.title') }, { timeout: 10_000 });
  }),
};
