// The feedback strings the estimator shows for a locale: resetkit's own tips where the locale has
// them (src/strength/tips/), else its zxcvbn-ts pack's translations.
import type { TranslationKeys } from '@zxcvbn-ts/core';
import type { ResetLocale } from '../../src/core/index.js';
import type { LanguagePack } from '../../src/strength/packs/pack.js';

const PACKS: Record<ResetLocale, () => Promise<LanguagePack>> = {
  en: async () => (await import('../../src/strength/packs/en.js')).pack,
  es: async () => (await import('../../src/strength/packs/es.js')).pack,
  fr: async () => (await import('../../src/strength/packs/fr.js')).pack,
  'pt-br': async () => (await import('../../src/strength/packs/pt-br.js')).pack,
};

export async function shippedTranslations(locale: ResetLocale): Promise<TranslationKeys> {
  const pack = await PACKS[locale]();
  const load = pack.tips ?? pack.translations;
  if (!load) throw new Error(`${pack.name} has no feedback strings.`);
  return (await load()).default as TranslationKeys;
}
