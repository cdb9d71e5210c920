import i18next, { type i18n as I18n } from 'i18next';
import type { ResetLocale } from '../core/index.js';
import en from './catalogues/en.js';

/** The shape of a string catalogue; `locales/en.json` is the source every locale follows. */
export type Catalogue = typeof en;

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** Strings a host app replaces, per locale, e.g. `{ en: { start: { title: 'Forgot it?' } } }`. */
export type MessageOverrides = Partial<Record<ResetLocale, DeepPartial<Catalogue>>>;

type StripPlural<K extends string> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;
type KeyPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends Record<string, unknown>
    ? KeyPaths<T[K], `${Prefix}${K}.`>
    : `${Prefix}${StripPlural<K>}`;
}[keyof T & string];

/** Every string key of the catalogue, plural forms folded into their base key. */
export type MessageKey = KeyPaths<Catalogue>;

/** A translate function bound to one locale; pass `count` for plural keys. */
export type Translate = (key: MessageKey, values?: Record<string, unknown>) => string;

/** resetkit's strings live in their own namespace, so a shared host instance keeps its own keys. */
export const NAMESPACE = 'resetkit';

// English is always bundled (it is the fallback); the others are fetched when first used. The
// modules are generated from locales/*.json (scripts/catalogues.mjs): a JSON import would need an
// import attribute, which the Vite dev server does not serve and a declaration file cannot carry.
// Their keys are checked against en.json by a test, not by the type checker, so a string added in
// English does not break the build before its translations land.
const loaders: Record<Exclude<ResetLocale, 'en'>, () => Promise<{ default: unknown }>> = {
  es: () => import('./catalogues/es.js'),
  fr: () => import('./catalogues/fr.js'),
  'pt-br': () => import('./catalogues/pt-br.js'),
};

const loading = new Map<ResetLocale, Promise<Catalogue>>();
const loaded = new Map<ResetLocale, Catalogue>([['en', en]]);

/** The catalogue of a locale if it has loaded already, so it can be applied without a frame's delay. */
export function loadedCatalogue(locale: ResetLocale): Catalogue | undefined {
  return loaded.get(locale);
}

/** The catalogue of a locale, fetched once per page. */
export function loadCatalogue(locale: ResetLocale): Promise<Catalogue> {
  const ready = loaded.get(locale);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale as Exclude<ResetLocale, 'en'>]().then((module) => {
      const catalogue = module.default as Catalogue;
      loaded.set(locale, catalogue);
      return catalogue;
    });
    // A failed load (offline) may be retried by the next switch.
    pending.catch(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}

/**
 * The resetkit locale for a BCP 47 tag: `pt`/`pt-BR` -> pt-br, `es-*` -> es, `fr-*` -> fr,
 * `en-*` -> en; null for a language resetkit has no strings for.
 */
export function matchLocale(tag: string): ResetLocale | null {
  const language = tag.toLowerCase().split(/[-_]/)[0];
  switch (language) {
    case 'pt':
      return 'pt-br';
    case 'es':
    case 'fr':
    case 'en':
      return language;
    default:
      return null;
  }
}

/** The first of the user's preferred languages that resetkit speaks, else English. */
export function resolveLocale(requested: ResetLocale | 'auto', preferred: readonly string[]): ResetLocale {
  if (requested !== 'auto') return requested;
  for (const tag of preferred) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  return 'en';
}

/**
 * A private i18next instance. `createInstance` leaves the global i18next (which the host app
 * may use) untouched.
 */
export function createResetI18n(): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'en',
    fallbackLng: 'en',
    ns: [NAMESPACE],
    defaultNS: NAMESPACE,
    resources: { en: { [NAMESPACE]: en } },
    // 'pt-br' must stay the key it is stored under (i18next would otherwise look up 'pt-BR').
    lowerCaseLng: true,
    // React renders every string as text, so escaping here would show `&amp;` to the member.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/** The code an i18next instance stores a locale under (a host instance may not lower-case). */
export function languageCode(instance: I18n, locale: ResetLocale): string {
  return instance.services?.languageUtils?.formatLanguageCode(locale) ?? locale;
}

/**
 * Puts a locale's strings, with the host's overrides on top, into the instance. Re-applying the
 * base first means an override the host removed does not linger.
 */
export function applyLocale(instance: I18n, locale: ResetLocale, catalogue: Catalogue, overrides?: MessageOverrides): void {
  const code = languageCode(instance, locale);
  // A copy: i18next merges overrides into the stored objects, which must not be the cached catalogue.
  instance.addResourceBundle(code, NAMESPACE, structuredClone(catalogue), false, true);
  const own = overrides?.[locale];
  if (own) instance.addResourceBundle(code, NAMESPACE, own, true, true);
}

/** True when the locale's catalogue is in the instance already (English always is, for ours). */
export function hasLocale(instance: I18n, locale: ResetLocale): boolean {
  return instance.hasResourceBundle(languageCode(instance, locale), NAMESPACE);
}

export function translator(instance: I18n, locale: ResetLocale): Translate {
  const t = instance.getFixedT(languageCode(instance, locale), NAMESPACE);
  return (key, values) => t(key, values ?? {}) as string;
}
