import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ResetDialog, ResetFlow } from '../../src/react/components/index.js';
import type { ScreenParameter } from '../support/screen.js';
import { storyStrings } from '../support/strings.js';
import { inTurn } from '../support/turns.js';

/**
 * Any flow in a Radix dialog: focus trapped, Escape closes, focus returns to the trigger.
 * Without a `title`, the screen inside names the dialog and the name follows the step. On this
 * page each dialog starts closed: open it with its button (on a story's own page it opens as the
 * story says).
 */
const meta = {
  title: 'Components/ResetDialog',
  component: ResetDialog,
  // A modal dialog covers the page it opens on and keeps focus inside: on the docs page, two open
  // ones (even each in a frame of its own) would take focus from each other and from the reader.
  // There, each dialog starts closed and no play function opens it: its button does.
  parameters: { docs: { story: { autoplay: false } } },
  render: (args, { viewMode }) => (
    <ResetDialog {...args} {...(viewMode === 'docs' ? { defaultOpen: false } : {})}>
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
