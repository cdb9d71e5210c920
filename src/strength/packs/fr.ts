import type { LanguagePack } from './pack.js';

/** @zxcvbn-ts/language-fr, one module per dictionary. */
export const pack: LanguagePack = {
  name: '@zxcvbn-ts/language-fr',
  lists: [
    ['commonWords-fr', () => import('@zxcvbn-ts/language-fr/dist/commonWords.json.mjs')],
    ['firstnames-fr', () => import('@zxcvbn-ts/language-fr/dist/firstnames.json.mjs')],
    ['lastnames-fr', () => import('@zxcvbn-ts/language-fr/dist/lastnames.json.mjs')],
    ['wikipedia-fr', () => import('@zxcvbn-ts/language-fr/dist/wikipedia.json.mjs')],
  ],
  wordSequences: () => import('@zxcvbn-ts/language-fr/dist/wordSequences.json.mjs'),
  translations: () => import('@zxcvbn-ts/language-fr/dist/translations.mjs'),
  tips: () => import('../tips/fr.js').then((module) => ({ default: module.tips })),
};
