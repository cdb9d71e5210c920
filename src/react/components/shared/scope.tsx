import { type ReactNode, createContext, useContext, useMemo } from 'react';
import { useResetContext } from '../../context.js';
import { ClassNamesProvider, type PartClassNames, type StyleProps, cx, useMergedClassNames } from './parts.js';
import type { RecoveryOptions } from './recovery.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

interface ScopeValue {
  /** True below a resetkit root that already carries `data-rk-theme`. */
  themed: boolean;
  /** The level of the screen headings below. */
  headingLevel: HeadingLevel;
  /**
   * Set by `ResetDialog` without a `title`: the screen heading shown inside becomes the dialog's
   * accessible name by taking this id.
   */
  labelId?: string;
  /** Where errors lead when the screen cannot help: a component's own options over its ancestors'. */
  recovery: RecoveryOptions;
  /** How strength meters below draw the score, when a root chose it. */
  meterVariant?: 'bar' | 'segmented';
}

const ScopeContext = createContext<ScopeValue>({ themed: false, headingLevel: 2, recovery: {} });

export function useScope(): ScopeValue {
  return useContext(ScopeContext);
}

export const ScopeProvider = ScopeContext.Provider;
export type { ScopeValue };

export interface RootOptions extends StyleProps, RecoveryOptions {
  /** The component's name, for the error thrown outside a provider. */
  component: string;
  /** The component's kebab-case name, as `data-scope` on its root. */
  scope: string;
  /** Overrides the level of the headings inside. */
  headingLevel?: HeadingLevel;
}

const ROOT_OPTION_KEYS = [
  'className',
  'classNames',
  'headingLevel',
  'supportHref',
  'signInHref',
  'organizationName',
  'layout',
  'density',
  'meterVariant',
] as const satisfies readonly (keyof RootOptions)[];

/** A styled component's props without what only its root takes (`useRoot`): the rest is the hook's. */
export function withoutRootOptions<T extends object>(props: T): Omit<T, (typeof ROOT_OPTION_KEYS)[number]> {
  const rest = { ...props } as Record<string, unknown>;
  for (const key of ROOT_OPTION_KEYS) delete rest[key];
  return rest as Omit<T, (typeof ROOT_OPTION_KEYS)[number]>;
}

/**
 * What every styled component's root needs: its data attributes, its class, and the providers
 * that hand theme, heading level and part classes down to the parts inside.
 */
export function useRoot({
  component,
  scope,
  className,
  classNames,
  headingLevel,
  supportHref,
  signInHref,
  organizationName,
  layout,
  density,
  meterVariant,
}: RootOptions) {
  // Read first, so a component outside `<ResetProvider>` is named in the error.
  const { theme, surface, stringsLocale } = useResetContext(component);
  const parent = useScope();
  const merged = useMergedClassNames(classNames);
  // Tokens are declared on `[data-rk-theme]`; declaring them again on a nested root would undo a
  // host's override on the outer one, so only the outermost root carries the attribute.
  const rootProps = {
    'data-scope': scope,
    'data-part': 'root' as const,
    'data-rk-theme': parent.themed ? undefined : theme,
    // The outermost root paints the surface (unless the host owns it), so the theme's text colour
    // always lands on the theme's own background.
    'data-surface': parent.themed ? undefined : surface,
    'data-layout': parent.themed ? undefined : (layout ?? 'plain'),
    'data-density': parent.themed ? undefined : (density ?? 'comfortable'),
    // Screen readers pick their voice from `lang`: resetkit's locale may differ from the page's.
    lang: parent.themed ? undefined : stringsLocale,
    className: cx(merged.root, className),
  };
  const level = headingLevel ?? parent.headingLevel;
  const inherited = parent.recovery;
  const recovery = useMemo<RecoveryOptions>(
    () => ({
      ...inherited,
      ...(supportHref !== undefined ? { supportHref } : {}),
      ...(signInHref !== undefined ? { signInHref } : {}),
      ...(organizationName !== undefined ? { organizationName } : {}),
    }),
    [inherited, supportHref, signInHref, organizationName],
  );
  const variant = meterVariant ?? parent.meterVariant;
  const scopeValue = useMemo<ScopeValue>(
    () => ({
      themed: true,
      headingLevel: level,
      recovery,
      ...(parent.labelId ? { labelId: parent.labelId } : {}),
      ...(variant ? { meterVariant: variant } : {}),
    }),
    [level, parent.labelId, recovery, variant],
  );
  return { rootProps, scopeValue, classNames: merged };
}

/** Hands a root's theme, heading level and part classes to everything inside it. */
export function RootProviders({
  scope,
  classNames,
  children,
}: {
  scope: ScopeValue;
  classNames: PartClassNames;
  children: ReactNode;
}) {
  return (
    <ScopeContext.Provider value={scope}>
      <ClassNamesProvider value={classNames}>{children}</ClassNamesProvider>
    </ScopeContext.Provider>
  );
}
