import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { useResetToken } from '../../src/react/index.js';
import { StateView, readState } from './StateView.js';
import type { ScreenParameter } from '../support/screen.js';
import { inTurn } from '../support/turns.js';

/**
 * `useResetToken` headless: reads `token` and `stytch_token_type` from the link the member
 * opened. Here the link is given as `url`, so Storybook's own address bar is left alone.
 */
function UseResetTokenDemo({ url }: { url: string }) {
  const token = useResetToken({ url });
  return (
    <main>
      <h1>useResetToken</h1>
      <p data-testid="opened">Opened: {url.replace(/([?&])token=[^&]+/, '$1token=…')}</p>
      <StateView label="Hook state" value={token} />
    </main>
  );
}

const meta = {
  title: 'Hooks/useResetToken',
  component: UseResetTokenDemo,
  args: { url: 'https://app.example.test/reset?lang=fr&token=demo-token-123&stytch_token_type=discovery' },
} satisfies Meta<typeof UseResetTokenDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const FromADiscoveryLink: Story = {
  parameters: { screen: [{ text: '"tokenType": "discovery"' }] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement }) => {
    await expect(readState(canvasElement)).toEqual({ token: 'demo-token-123', tokenType: 'discovery', ready: true });
    await expect(within(canvasElement).getByTestId('opened')).not.toHaveTextContent('demo-token-123');
  }),
};
