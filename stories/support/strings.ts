import type { ResetLocale } from '../../src/core/index.js';
import { type Translate, applyLocale, createResetI18n, loadCatalogue, translator } from '../../src/react/i18n.js';

const translators = new Map<string, Promise<Translate>>();

/**
 * resetkit's own strings in the story's locale (the toolbar's, or the story's own `globals`), so a
 * play function finds controls by the words a member reads in every locale, not by English.
 */
export function storyStrings(globals: Record<string, unknown>): Promise<Translate> {
  const locale = (typeof globals['locale'] === 'string' ? globals['locale'] : 'en') as ResetLocale;
  let pending = translators.get(locale);
  if (!pending) {
    pending = loadCatalogue(locale).then((catalogue) => {
      const instance = createResetI18n();
      applyLocale(instance, locale, catalogue);
      return translator(instance, locale);
    });
    translators.set(locale, pending);
  }
  return pending;
}
