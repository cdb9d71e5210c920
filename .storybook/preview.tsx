import type { Decorator, Preview } from '@storybook/react-vite';
import { type ReactNode, useMemo } from 'react';
import { type MemoryAdapter, type MemoryAdapterOptions, createMemoryAdapter } from '../src/adapters/memory/index.js';
import type { ResetLocale } from '../src/core/index.js';
import { ResetProvider, type ResetProviderProps } from '../src/react/index.js';
import { POLICIES } from '../stories/support/policies.js';
import { StoryAdapterContext } from '../stories/support/storyAdapter.js';
import '../src/styles/index.css';
import '../stories/support/story.css';

/** Per-story settings of the memory backend and provider, under `parameters.resetkit`. */
export interface ResetkitParameters {
  /** Options of the story's own memory adapter (a fresh one per story render). */
  adapter?: MemoryAdapterOptions;
  /** Called with the adapter once it exists, e.g. to prepare an emailed token or a failure. */
  prepare?: (adapter: ReturnType<typeof createMemoryAdapter>) => void;
}


interface StoryFrameProps {
  storyId: string;
  /** A backend a story's loader already prepared (an emailed link, a moved clock). */
  prepared: MemoryAdapter | undefined;
  locale: ResetLocale;
  theme: string;
  policy: string;
  settings: ResetkitParameters;
  children: ReactNode;
}

/** The story's own in-memory backend and provider, in the toolbar's locale, theme and policy. */
function StoryFrame({ storyId, prepared, locale, theme, policy, settings, children }: StoryFrameProps) {
  const passwordPolicy = POLICIES[policy] ?? POLICIES['zxcvbn']!;
  const adapter = useMemo(() => {
    if (prepared) return prepared;
    const created = createMemoryAdapter({ latencyMs: 300, policy: passwordPolicy, ...settings.adapter });
    settings.prepare?.(created);
    return created;
    // A new backend for each story and each policy; other renders keep it and its outbox.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storyId, policy, prepared]);
  const providerTheme = (theme === 'brand' ? 'light' : theme) as ResetProviderProps['theme'];
  return (
    <div className={theme === 'brand' ? 'rk-story-brand' : undefined} data-story-theme={theme}>
      <StoryAdapterContext.Provider value={adapter}>
        <ResetProvider adapter={adapter} locale={locale} theme={providerTheme} policy={passwordPolicy}>
          {children}
        </ResetProvider>
      </StoryAdapterContext.Provider>
    </div>
  );
}

const withResetProvider: Decorator = (Story, context) => {
  const { locale, theme, policy } = context.globals as { locale: ResetLocale; theme: string; policy: string };
  return (
    <StoryFrame
      storyId={context.id}
      prepared={(context.loaded as { adapter?: MemoryAdapter }).adapter}
      locale={locale}
      theme={theme}
      policy={policy}
      settings={(context.parameters['resetkit'] ?? {}) as ResetkitParameters}
    >
      <Story />
    </StoryFrame>
  );
};

const preview: Preview = {
  decorators: [withResetProvider],
  globalTypes: {
    locale: {
      description: 'Language of every string and email',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
          { value: 'fr', title: 'Français' },
          { value: 'pt-br', title: 'Português (Brasil)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'brand', title: 'Brand (tokens only)' },
        ],
        dynamicTitle: true,
      },
    },
    policy: {
      description: 'Password policy of the backend',
      toolbar: {
        title: 'Policy',
        icon: 'lock',
        items: [
          { value: 'zxcvbn', title: 'zxcvbn (score ≥ 3)' },
          { value: 'luds', title: 'LUDS (10 chars, 3 classes)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light', policy: 'zxcvbn' },
  parameters: {
    // An axe violation fails the story's test, in Storybook's test panel and in npm test.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  tags: ['autodocs'],
};

export default preview;
