import type { LanguagePack } from './pack.js';

/** @zxcvbn-ts/language-pt-br, one module per dictionary. */
export const pack: LanguagePack = {
  name: '@zxcvbn-ts/language-pt-br',
  lists: [
    ['commonWords-pt-br', () => import('@zxcvbn-ts/language-pt-br/dist/commonWords.json.mjs')],
    ['firstnames-pt-br', () => import('@zxcvbn-ts/language-pt-br/dist/firstnames.json.mjs')],
    ['lastnames-pt-br', () => import('@zxcvbn-ts/language-pt-br/dist/lastnames.json.mjs')],
    ['wikipedia-pt-br', () => import('@zxcvbn-ts/language-pt-br/dist/wikipedia.json.mjs')],
  ],
  wordSequences: () => import('@zxcvbn-ts/language-pt-br/dist/wordSequences.json.mjs'),
  translations: () => import('@zxcvbn-ts/language-pt-br/dist/translations.mjs'),
  tips: () => import('../tips/pt-br.js').then((module) => ({ default: module.tips })),
};
