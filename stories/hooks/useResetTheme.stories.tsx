import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { useResetTheme } from '../../src/react/index.js';
import type { ScreenParameter } from '../support/screen.js';
import { inTurn } from '../support/turns.js';

/**
 * `useResetTheme` headless: the provider's theme, for markup of your own that uses resetkit's
 * tokens. The tokens are declared on `[data-rk-theme]`: put the theme there, as the styled
 * components do. Switch the toolbar's theme.
 */
function UseResetThemeDemo() {
  const theme = useResetTheme();
  return (
    <main>
      <h1>useResetTheme</h1>
      <div data-rk-theme={theme} className="rk-story-token-card">
        <p>
          This card uses <code>--rk-color-surface</code>, <code>--rk-color-text</code> and <code>--rk-color-border</code> under{' '}
          <code>data-rk-theme=&quot;{theme}&quot;</code>.
        </p>
      </div>
    </main>
  );
}

const meta = {
  title: 'Hooks/useResetTheme',
  component: UseResetThemeDemo,
} satisfies Meta<typeof UseResetThemeDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ToolbarTheme: Story = {
  parameters: { screen: [{ selector: '[data-rk-theme]' }] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement, globals }) => {
    // The toolbar's brand theme is light with token overrides.
    const expected = globals['theme'] === 'dark' ? 'dark' : 'light';
    await expect(within(canvasElement).getByText(`data-rk-theme="${expected}"`)).toBeVisible();
  }),
};
