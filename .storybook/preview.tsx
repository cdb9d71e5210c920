import type { Decorator, Loader, Preview, StoryContext } from '@storybook/react-vite';
import { type ReactNode, useEffect, useMemo } from 'react';
import { waitFor } from 'storybook/test';
import { type MemoryAdapter, type MemoryAdapterOptions, createMemoryAdapter } from '../src/adapters/memory/index.js';
import type { ResetLocale } from '../src/core/index.js';
import { ResetProvider, type ResetProviderProps } from '../src/react/index.js';
import { loadCatalogue } from '../src/react/i18n.js';
import { POLICIES } from '../stories/support/policies.js';
import { type ScreenParameter, missingMarks, resolveScreen } from '../stories/support/screen.js';
import { storyStrings } from '../stories/support/strings.js';
import { StoryAdapterContext } from '../stories/support/storyAdapter.js';
import { keepDocsFocusInTurn } from '../stories/support/turns.js';
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
  direction: 'ltr' | 'rtl';
  settings: ResetkitParameters;
  children: ReactNode;
}

/** The story's own in-memory backend and provider, in the toolbar's locale, theme and policy. */
function StoryFrame({ storyId, prepared, locale, theme, policy, direction, settings, children }: StoryFrameProps) {
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
  // The page's direction too: a dialog is portaled out of this frame.
  useEffect(() => {
    document.documentElement.dir = direction;
  }, [direction]);
  return (
    <div className={theme === 'brand' ? 'rk-story-brand' : undefined} data-story-theme={theme} dir={direction}>
      <StoryAdapterContext.Provider value={adapter}>
        <ResetProvider adapter={adapter} locale={locale} theme={providerTheme} policy={passwordPolicy}>
          {children}
        </ResetProvider>
      </StoryAdapterContext.Provider>
    </div>
  );
}

const withResetProvider: Decorator = (Story, context) => {
  const { locale, theme, policy, direction } = context.globals as {
    locale: ResetLocale;
    theme: string;
    policy: string;
    direction: 'ltr' | 'rtl';
  };
  return (
    <StoryFrame
      storyId={context.id}
      prepared={(context.loaded as { adapter?: MemoryAdapter }).adapter}
      locale={locale}
      theme={theme}
      policy={policy}
      direction={direction}
      settings={(context.parameters['resetkit'] ?? {}) as ResetkitParameters}
    >
      <Story />
    </StoryFrame>
  );
};

/** Whether the story's play function ran: on a docs page only with `docs.story.autoplay`. */
function played({ viewMode, parameters }: StoryContext): boolean {
  const docs = parameters['docs'] as { story?: { autoplay?: boolean } } | undefined;
  return viewMode !== 'docs' || docs?.story?.autoplay === true;
}

/**
 * After every story and its play function: the screen it declares (`parameters.screen`) is the
 * screen it shows, in the toolbar's locale. A play function that stops short fails here. On a
 * docs page the check looks in the story's own block, not in its neighbours, and only where the
 * play function ran: otherwise the story shows its starting screen, as it should.
 */
async function reachedScreen(context: StoryContext): Promise<void> {
  const marks = context.parameters['screen'] as ScreenParameter | undefined;
  if (!marks || !played(context)) return;
  const resolved = resolveScreen(marks, await storyStrings(context.globals));
  const root = context.viewMode === 'docs' ? context.canvasElement : undefined;
  await waitFor(
    () => {
      const missing = missingMarks(resolved, root);
      if (missing.length > 0) throw new Error(`The story is not on the screen it declares: ${missing.join('; ')} missing.`);
    },
    { timeout: 5000 },
  );
}

keepDocsFocusInTurn();

/**
 * The toolbar locale's catalogue, loaded before the story renders: the provider then shows it from
 * the first frame, so a play function never meets the English fallback of a locale still loading.
 */
const preloadCatalogue: Loader = async ({ globals }) => {
  await loadCatalogue(globals['locale'] as ResetLocale);
  return {};
};

type ToolbarIcon = 'globe' | 'paintbrush' | 'transfer' | 'lock';

/** A toolbar switch: its values and their titles, the current one shown as the button's title. */
function toolbarGlobal(description: string, title: string, icon: ToolbarIcon, items: Record<string, string>): NonNullable<Preview['globalTypes']>[string] {
  return {
    description,
    toolbar: { title, icon, items: Object.entries(items).map(([value, itemTitle]) => ({ value, title: itemTitle })), dynamicTitle: true },
  };
}

const preview: Preview = {
  decorators: [withResetProvider],
  loaders: [preloadCatalogue],
  afterEach: [reachedScreen],
  globalTypes: {
    locale: toolbarGlobal('Language of every string and email', 'Locale', 'globe', {
      en: 'English',
      es: 'Español',
      fr: 'Français',
      'pt-br': 'Português (Brasil)',
    }),
    theme: toolbarGlobal('Colour theme', 'Theme', 'paintbrush', { light: 'Light', dark: 'Dark', brand: 'Brand (tokens only)' }),
    direction: toolbarGlobal('Text direction of the page: right-to-left shows how the layout mirrors', 'Direction', 'transfer', {
      ltr: 'Left to right',
      rtl: 'Right to left',
    }),
    policy: toolbarGlobal('Password policy of the backend', 'Policy', 'lock', { zxcvbn: 'zxcvbn (score ≥ 3)', luds: 'LUDS (10 chars, 3 classes)' }),
  },
  initialGlobals: { locale: 'en', theme: 'light', policy: 'zxcvbn', direction: 'ltr' },
  parameters: {
    // The story's frame (stories/support/story.css) paints the theme's page colour edge to edge.
    layout: 'fullscreen',
    // An axe violation fails the story's test, in Storybook's test panel and in npm test.
    a11y: { test: 'error' },
    controls: { expanded: true },
    // A docs page shows each story as its play function leaves it, not as a blank form: the play
    // functions take turns (stories/support/turns.ts).
    docs: { story: { autoplay: true } },
  },
  tags: ['autodocs'],
};

export default preview;
