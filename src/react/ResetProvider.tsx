import type { i18n as I18n } from 'i18next';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import {
  type PasswordPolicy,
  type ResetAdapter,
  type ResetLocale,
  createPkceVerifierStore,
  toResetError,
} from '../core/index.js';
import { createStrengthEstimator } from '../strength/index.js';
import { ResetContext, type ResetContextValue, type ResetEvent, type ResetSurface, type ResetTheme } from './context.js';
import { useIsomorphicLayoutEffect } from './hooks/useIsomorphicLayoutEffect.js';
import {
  type Catalogue,
  type MessageOverrides,
  applyLocale,
  createResetI18n,
  hasLocale,
  loadCatalogue,
  loadedCatalogue,
  matchLocale,
  resolveLocale,
  translator,
} from './i18n.js';
import { shareEstimator } from './sharedEstimator.js';

export interface ResetProviderProps {
  /** The backend: `createMemoryAdapter()`, `createHttpAdapter()`, `createStytchAdapter()` or your own. */
  adapter: ResetAdapter;
  /**
   * The language of every string and of the emails the backend sends. `'auto'` (the default)
   * picks the first of the browser's `navigator.languages` that resetkit speaks, else English;
   * with a host `i18n` instance and no locale, resetkit follows that instance's language.
   */
  locale?: ResetLocale | 'auto';
  /** Strings to replace, per locale: `{ en: { start: { title: 'Forgot it?' } } }`. */
  messages?: MessageOverrides;
  /**
   * The host app's own i18next instance (i18next 26 or 27), to keep every string in one place.
   * resetkit adds its strings under the `resetkit` namespace and never changes the instance's
   * language. Without it, resetkit uses a private instance and never touches the global i18next.
   */
  i18n?: ResetI18n;
  /**
   * The project's password policy. Without it, resetkit asks `adapter.getPasswordPolicy()`,
   * and until then (or without that method) assumes zxcvbn, the backend's default.
   */
  policy?: PasswordPolicy;
  /** Colour theme of resetkit's styled parts; `system` follows `prefers-color-scheme`. */
  theme?: ResetTheme;
  /**
   * `themed` (default): each resetkit root paints `--rk-color-surface` and the theme's text colour,
   * so `theme="dark"` reads well on any host page. `none`: nothing is painted; the host owns the
   * background (and then must match the theme).
   */
  surface?: ResetSurface;
  /**
   * Called with what happens in resetkit's components (steps viewed, links requested, resets
   * succeeded or failed with their code...), for product analytics. Events never carry a
   * password, a token or an email address.
   */
  onEvent?: (event: ResetEvent) => void;
  /**
   * A password field will appear soon (e.g. the member opened a reset link): start downloading
   * the strength dictionaries of the locale now, so the meter answers at the first keystroke.
   * Without it, they load when a password field first gets focus. Default false.
   */
  preloadStrength?: boolean;
  children?: ReactNode;
}

/**
 * The part of an i18next instance resetkit uses, declared by its shape rather than as i18next's
 * `i18n` class type: a host's instance then type-checks whichever i18next version (26 or 27)
 * and whichever copy of its types it comes from.
 */
export interface ResetI18n {
  readonly language: string;
  readonly services?: { readonly languageUtils?: { formatLanguageCode(code: string): string } };
  on(event: 'languageChanged', listener: (language: string) => void): unknown;
  off(event: 'languageChanged', listener?: (language: string) => void): unknown;
  addResourceBundle(language: string, namespace: string, resources: object, deep?: boolean, overwrite?: boolean): unknown;
  hasResourceBundle(language: string, namespace: string): boolean;
  getFixedT(language: string, namespace: string): unknown;
}

export const DEFAULT_POLICY: PasswordPolicy = { kind: 'zxcvbn', breachDetection: true };

const subscribeToLanguages = (onChange: () => void) => {
  window.addEventListener('languagechange', onChange);
  return () => window.removeEventListener('languagechange', onChange);
};
// A string, not the array: some browsers (and automation) return a new array on every read,
// which useSyncExternalStore would take for a change on every render.
const browserLanguages = () => navigator.languages.join(',');
const serverLanguages = () => '';

/** The host instance's language, followed as it changes. */
function useHostLanguage(instance: ResetI18n | undefined): string | undefined {
  return useSyncExternalStore(
    (onChange) => {
      instance?.on('languageChanged', onChange);
      return () => instance?.off('languageChanged', onChange);
    },
    () => instance?.language,
    () => instance?.language,
  );
}

/** The same object for as long as its JSON is the same, so inline literals cause no extra work. */
function useStableJson<T>(value: T | undefined): T | undefined {
  const key = value === undefined ? undefined : JSON.stringify(value);
  return useMemo(() => (key === undefined ? undefined : (JSON.parse(key) as T)), [key]);
}

/**
 * Gives every resetkit hook and component below it the backend adapter, the strings in the
 * active locale, the password policy and the theme.
 */
export function ResetProvider(props: ResetProviderProps) {
  const { adapter, locale = 'auto', i18n, theme = 'light', surface = 'themed', onEvent, preloadStrength = false, children } = props;
  const messages = useStableJson(props.messages);
  const policy = useStableJson(props.policy);
  // ResetI18n lists exactly the members the i18n.ts helpers call, which take i18next's own type.
  const instance = useMemo(() => (i18n as I18n | undefined) ?? createResetI18n(), [i18n]);
  const languages = useSyncExternalStore(subscribeToLanguages, browserLanguages, serverLanguages);
  const preferred = useMemo(() => (languages ? languages.split(',') : []), [languages]);
  const hostLanguage = useHostLanguage(i18n);
  const requested: ResetLocale =
    locale === 'auto' && hostLanguage ? (matchLocale(hostLanguage) ?? 'en') : resolveLocale(locale, preferred);

  // Strings switch once the requested locale has loaded, so the screen never flashes English.
  const [active, setActive] = useState<ResetLocale>(() => (hasLocale(instance, requested) ? requested : 'en'));
  const [version, setVersion] = useState(0);
  useIsomorphicLayoutEffect(() => {
    const show = (catalogue: Catalogue) => {
      applyLocale(instance, requested, catalogue, messages);
      setActive(requested);
      setVersion((v) => v + 1);
    };
    const ready = loadedCatalogue(requested);
    if (ready) {
      // Before paint: overrides and an already-loaded locale never flash the wrong text.
      show(ready);
      return;
    }
    let current = true;
    loadCatalogue(requested).then(
      (catalogue) => current && show(catalogue),
      // The previous locale stays on screen; nothing the member typed is affected.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [instance, requested, messages]);

  const [adapterPolicy, setAdapterPolicy] = useState<{ adapter: ResetAdapter; policy: PasswordPolicy | null } | null>(null);
  useEffect(() => {
    if (policy || !adapter.getPasswordPolicy) return;
    const controller = new AbortController();
    adapter.getPasswordPolicy({ signal: controller.signal }).then(
      (read) => setAdapterPolicy({ adapter, policy: read }),
      // Without the project's policy, zxcvbn (the backend's default) guides the member; the
      // backend still has the last word on submit.
      (error: unknown) => {
        if (toResetError(error).code !== 'aborted') setAdapterPolicy({ adapter, policy: null });
      },
    );
    return () => controller.abort();
  }, [adapter, policy]);
  const fromAdapter = adapterPolicy?.adapter === adapter ? adapterPolicy : null;
  const effectivePolicy = policy ?? fromAdapter?.policy ?? DEFAULT_POLICY;
  const policyReady = Boolean(policy) || !adapter.getPasswordPolicy || fromAdapter !== null;

  // Stable, so an inline `onEvent` does not re-render every component below on each render.
  const eventHandler = useRef(onEvent);
  useEffect(() => {
    eventHandler.current = onEvent;
  });
  const emit = useCallback((event: ResetEvent) => eventHandler.current?.(event), []);

  const pkce = useMemo(() => createPkceVerifierStore(), []);

  // One estimator (and so at most one worker) per provider, replaced when locale or policy change.
  const strength = useMemo(
    () => shareEstimator(() => createStrengthEstimator({ policy: effectivePolicy, locale: requested })),
    [effectivePolicy, requested],
  );
  useEffect(() => () => strength.dispose(), [strength]);
  useEffect(() => {
    if (preloadStrength) strength.preload();
  }, [preloadStrength, strength]);

  const value = useMemo<ResetContextValue>(() => {
    const t = translator(instance, active);
    return {
      adapter,
      locale: requested,
      stringsLocale: active,
      t,
      errorMessage: (error) => t(`errors.${error.code}`),
      policy: effectivePolicy,
      policyReady,
      theme,
      surface,
      onEvent: emit,
      pkce,
      strength,
    };
    // `version` stands for the strings the instance holds, which change in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [instance, requested, active, version, adapter, effectivePolicy, policyReady, theme, surface, emit, pkce, strength]);

  return <ResetContext.Provider value={value}>{children}</ResetContext.Provider>;
}
