import type { LanguagePack } from './pack.js';

/** @zxcvbn-ts/language-common: passwords, diceware words and keyboard layouts. */
export const common: LanguagePack = {
  name: '@zxcvbn-ts/language-common',
  lists: [
    ['diceware-common', () => import('@zxcvbn-ts/language-common/dist/diceware.json.mjs')],
    ['passwords-common', () => import('@zxcvbn-ts/language-common/dist/passwords.json.mjs')],
  ],
  adjacencyGraphs: () => import('@zxcvbn-ts/language-common/dist/adjacencyGraphs.json.mjs'),
};
