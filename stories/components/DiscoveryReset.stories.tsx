import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { DiscoveryReset, OrganizationPicker } from '../../src/react/components/index.js';
import { type DiscoveredOrganization, useResetTranslation } from '../../src/react/index.js';
import type { ResetkitParameters } from '../../.storybook/preview.js';
import type { ScreenParameter } from '../support/screen.js';
import { useStoryAdapter } from '../support/storyAdapter.js';
import { storyStrings } from '../support/strings.js';
import { inTurn } from '../support/turns.js';

const STRONG = 'violet-Harbor-lantern-93-quietly';
const crossOrg = { resetkit: { adapter: { crossOrgPasswords: true } } satisfies ResetkitParameters };

interface DemoProps {
  /** Start from an emailed discovery link (sam@example.test belongs to Acme and Globex). */
  fromLink: boolean;
}

/**
 * The cross-organization reset: request a link without an organization; from the link, the new
 * password, then the member's organizations (Globex asks for MFA), or a new organization.
 */
function DiscoveryDemo({ fromLink }: DemoProps) {
  const adapter = useStoryAdapter();
  const [token, setToken] = useState<string | undefined>();
  // Story scaffolding: the link a member would have clicked.
  useEffect(() => {
    if (!fromLink) return;
    void adapter
      .discoveryResetByEmailStart({ emailAddress: 'sam@example.test' })
      .then(() => setToken(adapter.outbox.latest('sam@example.test')?.token));
  }, [adapter, fromLink]);
  if (fromLink && !token) return <p>Asking the in-memory backend for a link…</p>;
  return <DiscoveryReset token={token} onContinue={() => undefined} />;
}

const meta = {
  title: 'Components/DiscoveryReset',
  component: DiscoveryDemo,
  args: { fromLink: false },
  parameters: crossOrg,
} satisfies Meta<typeof DiscoveryDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const RequestLink: Story = {
  parameters: { screen: ['sent.title'] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement, globals }) => {
    const t = await storyStrings(globals);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText(t('fields.email')), 'sam@example.test{Enter}');
    await canvas.findByRole('heading', { name: t('sent.title') }, { timeout: 5000 });
  }),
};

export const FromLinkToOrganizations: Story = {
  args: { fromLink: true },
  parameters: {
    screen: ['discovery.chooseTitle', 'discovery.membershipType.active_member', { text: 'Globex Corporation' }] satisfies ScreenParameter,
  },
  play: inTurn(async ({ canvasElement, globals }) => {
    const t = await storyStrings(globals);
    const canvas = within(canvasElement);
    const input = await canvas.findByLabelText(t('fields.newPassword'), {}, { timeout: 5000 });
    await userEvent.type(input, `${STRONG}{Enter}`);
    await canvas.findByRole('heading', { name: t('discovery.chooseTitle') }, { timeout: 10_000 });
    await expect(canvas.getByRole('button', { name: t('discovery.signIn', { organization: 'Globex Corporation' }) })).toBeInTheDocument();
  }),
};

const organizations: DiscoveredOrganization[] = [
  {
    organization: { organizationId: 'o1', organizationName: 'Acme Inc.' },
    membership: { type: 'active_member' },
    memberAuthenticated: false,
    primaryRequired: null,
    mfaRequired: null,
  },
  {
    organization: { organizationId: 'o2', organizationName: 'Globex Corporation' },
    membership: { type: 'invited_member' },
    memberAuthenticated: false,
    primaryRequired: null,
    mfaRequired: { secondaryAuthInitiated: null },
  },
  {
    organization: { organizationId: 'o3', organizationName: 'Initech' },
    membership: { type: 'eligible_to_join_by_email_domain' },
    memberAuthenticated: false,
    primaryRequired: null,
    mfaRequired: null,
  },
];

function PickerAlone() {
  const { t } = useResetTranslation();
  return (
    <div data-rk-theme="light">
      <h2 id="picker-heading">{t('discovery.chooseTitle')}</h2>
      <OrganizationPicker organizations={organizations} onSelect={() => undefined} labelledBy="picker-heading" pendingOrganizationId={null} />
    </div>
  );
}

/** The picker alone: presentational, keyboard selectable (Tab, arrows, Home/End, Enter). */
export const Picker: StoryObj<typeof OrganizationPicker> = {
  parameters: {
    screen: [
      'discovery.membershipType.active_member',
      'discovery.membershipType.invited_member',
      'discovery.membershipType.eligible_to_join_by_email_domain',
    ] satisfies ScreenParameter,
  },
  render: () => <PickerAlone />,
};

export const DarkOrganizations: Story = {
  args: { fromLink: true },
  globals: { theme: 'dark' },
  parameters: FromLinkToOrganizations.parameters,
  play: FromLinkToOrganizations.play,
};
