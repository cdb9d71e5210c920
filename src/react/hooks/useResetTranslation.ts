import type { ResetError, ResetLocale } from '../../core/index.js';
import { useResetContext } from '../context.js';
import type { Translate } from '../i18n.js';

export interface ResetTranslation {
  /** Translates a resetkit key in the active locale, with the host's overrides applied. */
  t: Translate;
  /** The member's locale (strings show in it once its catalogue has loaded). */
  locale: ResetLocale;
  /** The locale whose strings `t` shows right now. */
  stringsLocale: ResetLocale;
  /** The localized message of any `ResetError`. */
  errorMessage: (error: ResetError) => string;
}

/** resetkit's strings, for headless users who render their own markup. */
export function useResetTranslation(): ResetTranslation {
  const { t, locale, stringsLocale, errorMessage } = useResetContext('useResetTranslation');
  return { t, locale, stringsLocale, errorMessage };
}
