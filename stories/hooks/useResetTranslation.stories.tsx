import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ResetError, useResetTranslation } from '../../src/react/index.js';
import { StateView } from './StateView.js';
import type { ScreenParameter } from '../support/screen.js';
import { storyStrings } from '../support/strings.js';
import { inTurn } from '../support/turns.js';

/**
 * `useResetTranslation` headless: resetkit's strings in the member's locale, with the host's
 * overrides, for markup of your own, and the localized message of any `ResetError`. Switch the
 * toolbar's locale.
 */
function UseResetTranslationDemo() {
  const { t, locale, stringsLocale, errorMessage } = useResetTranslation();
  return (
    <main>
      <h1>{t('start.title')}</h1>
      <p>{t('start.description')}</p>
      <p role="alert">{errorMessage(new ResetError('rate_limited', 'Too many requests.', { retryAfterSeconds: 30 }))}</p>
      <StateView label="Hook state" value={{ locale, stringsLocale }} />
    </main>
  );
}

const meta = {
  title: 'Hooks/useResetTranslation',
  component: UseResetTranslationDemo,
} satisfies Meta<typeof UseResetTranslationDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ToolbarLocale: Story = {
  parameters: { screen: ['start.title', 'start.description'] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement, globals }) => {
    const t = await storyStrings(globals);
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: t('start.title') })).toBeVisible();
    await expect(canvas.getByRole('alert')).toHaveTextContent(/\S/);
  }),
};
