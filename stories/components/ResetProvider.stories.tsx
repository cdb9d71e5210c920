import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { ResetLocale } from '../../src/core/index.js';
import { ResetFlow } from '../../src/react/components/index.js';
import { type MessageOverrides, type ResetEvent, ResetProvider, type ResetProviderProps } from '../../src/react/index.js';
import type { ScreenParameter } from '../support/screen.js';
import { storyStrings } from '../support/strings.js';
import { useStoryAdapter } from '../support/storyAdapter.js';
import { inTurn } from '../support/turns.js';

/** A host's own words for the first screen, in each locale resetkit speaks. */
const HOST_MESSAGES = {
  en: { start: { title: 'Locked out of Acme?' } },
  es: { start: { title: '¿Sin acceso a Acme?' } },
  fr: { start: { title: 'Plus d’accès à Acme ?' } },
  'pt-br': { start: { title: 'Sem acesso à Acme?' } },
} satisfies MessageOverrides;

/** The provider's props a story sets, and the event log. */
type ProviderStoryArgs = Pick<ResetProviderProps, 'messages' | 'theme' | 'surface' | 'preloadStrength'> & {
  /** Logs each `onEvent` under the flow, as a host's analytics would receive it. */
  logEvents?: boolean;
};

function ProviderDemo({ logEvents = false, ...props }: ProviderStoryArgs & { locale?: ResetLocale }) {
  const adapter = useStoryAdapter();
  const [events, setEvents] = useState<ResetEvent[]>([]);
  return (
    <ResetProvider adapter={adapter} {...props} {...(logEvents ? { onEvent: (event) => setEvents((seen) => [...seen, event]) } : {})}>
      <ResetFlow organizationId="organization-demo-acme" />
      {logEvents && (
        <section aria-label="onEvent" className="rk-story-inbox">
          <h2>onEvent</h2>
          <ol data-testid="events">
            {events.map((event, index) => (
              <li key={index}>
                <code>{JSON.stringify(event)}</code>
              </li>
            ))}
          </ol>
        </section>
      )}
    </ResetProvider>
  );
}
// The name of its tab in the docs page's table (a minified build keeps no function names).
ProviderDemo.displayName = 'Story arguments';

/**
 * `ResetProvider` gives every resetkit hook and component below it the backend adapter, the
 * strings (with the host's `messages`), the password policy and the theme. Here it wraps a
 * `ResetFlow` on the story's in-memory backend, in the toolbar's locale.
 */
const meta = {
  title: 'Components/ResetProvider',
  component: ProviderDemo,
  // Every prop of the provider, documented, in a tab of the table.
  subcomponents: { ResetProvider },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'system'] },
    surface: { control: 'inline-radio', options: ['themed', 'none'] },
    // The toolbar's.
    locale: { table: { disable: true } },
  },
  args: { preloadStrength: true },
  render: (args, { globals }) => <ProviderDemo {...args} locale={globals['locale'] as ResetLocale} />,
} satisfies Meta<typeof ProviderDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The host's `messages` replace resetkit's strings, locale by locale; the rest stay resetkit's. */
export const HostMessages: Story = {
  args: { messages: HOST_MESSAGES },
  parameters: { screen: ['start.submit', { selector: '[data-scope="reset-flow"] [data-part="heading"]' }] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement, globals }) => {
    const locale = globals['locale'] as keyof typeof HOST_MESSAGES;
    await within(canvasElement).findByRole('heading', { name: HOST_MESSAGES[locale].start.title });
  }),
};

/**
 * `onEvent`: what a host's product analytics receives as the member goes. Events carry the
 * screen and the outcome, never an address, a password or a token.
 */
export const Events: Story = {
  args: { logEvents: true },
  parameters: { screen: ['sent.title', { selector: '[data-testid="events"] li' }] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement, globals }) => {
    const t = await storyStrings(globals);
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText(t('fields.email')), 'ada@acme.test{Enter}');
    await canvas.findByRole('heading', { name: t('sent.title') }, { timeout: 5000 });
    const log = canvas.getByTestId('events');
    await waitFor(() => {
      expect(log).toHaveTextContent('"type":"link_requested"');
      expect(log).toHaveTextContent('"step":"sent"');
    });
    await expect(log).not.toHaveTextContent('ada@acme.test');
  }),
};

/** `theme="dark"` on a page of the host's own colour: the themed surface keeps the flow readable. */
export const DarkOnAHostPage: Story = {
  args: { theme: 'dark', surface: 'themed' },
  parameters: { screen: ['start.title', { selector: '[data-scope="reset-flow"][data-rk-theme="dark"]' }] satisfies ScreenParameter },
};
