import type { LanguagePack } from './pack.js';

/** @zxcvbn-ts/language-en, one module per dictionary. */
export const pack: LanguagePack = {
  name: '@zxcvbn-ts/language-en',
  lists: [
    ['commonWords-en', () => import('@zxcvbn-ts/language-en/dist/commonWords.json.mjs')],
    ['firstnames-en', () => import('@zxcvbn-ts/language-en/dist/firstnames.json.mjs')],
    ['lastnames-en', () => import('@zxcvbn-ts/language-en/dist/lastnames.json.mjs')],
    ['wikipedia-en', () => import('@zxcvbn-ts/language-en/dist/wikipedia.json.mjs')],
  ],
  wordSequences: () => import('@zxcvbn-ts/language-en/dist/wordSequences.json.mjs'),
  translations: () => import('@zxcvbn-ts/language-en/dist/translations.mjs'),
  tips: () => import('../tips/en.js').then((module) => ({ default: module.tips })),
};
