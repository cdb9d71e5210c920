import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ResetDialog, ResetFlow } from '../../src/react/components/index.js';

/**
 * Any flow in a Radix dialog: focus trapped, Escape closes, focus returns to the trigger.
 * Without a `title`, the screen inside names the dialog and the name follows the step.
 */
const meta = {
  title: 'Components/ResetDialog',
  component: ResetDialog,
  render: (args) => (
    <ResetDialog {...args}>
      <ResetFlow organizationId="organization-demo-acme" />
    </ResetDialog>
  ),
} satisfies Meta<typeof ResetDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: 'Forgot your password?' });
    await userEvent.click(trigger);
    // Portaled: the dialog lives in the document, not in the story's canvas.
    const page = within(canvasElement.ownerDocument.body);
    await page.findByRole('dialog', { name: 'Reset your password' });
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

export const WithTitle: Story = { args: { title: 'Account recovery', defaultOpen: true } };

export const Dark: Story = { globals: { theme: 'dark' }, args: { defaultOpen: true } };
