import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ResetCompleteForm, ResetFlow, StrengthMeter } from '../../src/react/components/index.js';
import type { ScreenParameter } from '../support/screen.js';
import { inTurn } from '../support/turns.js';

const ACME = 'organization-demo-acme';

/**
 * What a design team can change without CSS: a header slot (logo), a footer slot (way back),
 * `layout` (plain column or raised card) and `density` (comfortable or compact).
 */
const meta = {
  title: 'Components/Layout',
  component: ResetFlow,
  args: {
    organizationId: ACME,
    header: <strong>Acme</strong>,
    footer: <a href="#sign-in">Back to sign in</a>,
  },
} satisfies Meta<typeof ResetFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Card: Story = {
  args: { layout: 'card' },
  parameters: { screen: ['start.title', { selector: '[data-scope="reset-flow"][data-layout="card"] [data-part="slot-footer"]' }] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link')).toHaveAttribute('href', '#sign-in');
  }),
};

export const Compact: Story = {
  args: { layout: 'card', density: 'compact' },
  parameters: { screen: ['start.title', { selector: '[data-scope="reset-flow"][data-density="compact"]' }] satisfies ScreenParameter },
};

/** The meter as four segments instead of one bar. */
export const SegmentedMeter: StoryObj<typeof StrengthMeter> = {
  render: () => <StrengthMeter password="violet-Harbor" variant="segmented" />,
  parameters: { screen: [{ selector: '[data-part="meter"][data-variant="segmented"] [data-part="meter-segment"][data-filled]' }] satisfies ScreenParameter },
};

/** `meterVariant` on a form (or a flow) reaches the meter inside it. */
export const SegmentedMeterInAForm: StoryObj<typeof ResetCompleteForm> = {
  render: () => <ResetCompleteForm method="email" token="story-link-token" layout="card" meterVariant="segmented" />,
  parameters: { screen: ['complete.title', { selector: '[data-scope="strength-meter"][data-variant="segmented"]' }] satisfies ScreenParameter },
};
