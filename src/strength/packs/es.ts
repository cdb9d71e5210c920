import type { LanguagePack } from './pack.js';

/** @zxcvbn-ts/language-es-es, one module per dictionary. */
export const pack: LanguagePack = {
  name: '@zxcvbn-ts/language-es-es',
  lists: [
    ['commonWords-es-es', () => import('@zxcvbn-ts/language-es-es/dist/commonWords.json.mjs')],
    ['firstnames-es-es', () => import('@zxcvbn-ts/language-es-es/dist/firstnames.json.mjs')],
    ['lastnames-es-es', () => import('@zxcvbn-ts/language-es-es/dist/lastnames.json.mjs')],
    ['wikipedia-es-es', () => import('@zxcvbn-ts/language-es-es/dist/wikipedia.json.mjs')],
  ],
  wordSequences: () => import('@zxcvbn-ts/language-es-es/dist/wordSequences.json.mjs'),
  translations: () => import('@zxcvbn-ts/language-es-es/dist/translations.mjs'),
  tips: () => import('../tips/es.js').then((module) => ({ default: module.tips })),
};
