import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ResetDialog, ResetFlow } from '../../src/react/components/index.js';
import type { ScreenParameter } from '../support/screen.js';
import { storyStrings } from '../support/strings.js';
import { inTurn } from '../support/turns.js';

/**
 * Any flow in a Radix dialog: focus trapped, Escape closes, focus returns to the trigger.
 * Without a `title`, the screen inside names the dialog and the name follows the step.
 */
const meta = {
  title: 'Components/ResetDialog',
  component: ResetDialog,
  // A modal dialog covers the page it opens on: on the docs page, each story opens in a frame of
  // its own, not over the docs.
  parameters: { docs: { story: { inline: false, height: '640px' } } },
  render: (args) => (
    <ResetDialog {...args}>
      <ResetFlow organizationId="organization-demo-acme" />
    </ResetDialog>
  ),
} satisfies Meta<typeof ResetDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  // Closed again: the trigger, with focus back on it.
  parameters: { screen: ['dialog.trigger'] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement, globals }) => {
    const t = await storyStrings(globals);
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: t('dialog.trigger') });
    await userEvent.click(trigger);
    // Portaled: the dialog lives in the document, not in the story's canvas.
    const page = within(canvasElement.ownerDocument.body);
    await page.findByRole('dialog', { name: t('start.title') });
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(trigger).toHaveFocus());
  }),
};

export const WithTitle: Story = {
  args: { title: 'Account recovery', defaultOpen: true },
  parameters: { screen: [{ text: 'Account recovery' }, 'start.title', { selector: '[role="dialog"]' }] satisfies ScreenParameter },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { defaultOpen: true },
  parameters: { screen: ['start.title', { selector: '[role="dialog"]' }] satisfies ScreenParameter },
};
