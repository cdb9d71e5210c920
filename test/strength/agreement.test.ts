// The estimator, end to end, must answer as zxcvbn-ts does: the same factory with the default
// options of its README (common + language dictionaries, keyboard graphs), built here from the
// packages' index modules, independently of resetkit's piecewise loading, and given the feedback
// strings the estimator shows (resetkit's own tips where a locale has them, else the pack's).
// test/strength/differential.ts holds the engine itself to zxcvbn-ts on a large corpus.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as es from '@zxcvbn-ts/language-es-es';
import * as fr from '@zxcvbn-ts/language-fr';
import * as ptBr from '@zxcvbn-ts/language-pt-br';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResetLocale } from '../../src/core/index.js';
import { loadEngineData } from '../../src/strength/data.js';
import { pack as enPack } from '../../src/strength/packs/en.js';
import { shippedTranslations } from './translations.js';
import { createStrengthEstimator } from '../../src/strength/index.js';
import type { StrengthEstimator, StrengthResult } from '../../src/strength/index.js';

const LANGUAGES = { en, es, fr, 'pt-br': ptBr } satisfies Record<ResetLocale, unknown>;

async function reference(locale: ResetLocale): Promise<ZxcvbnFactory> {
  const language = LANGUAGES[locale];
  return new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...language.dictionary },
    graphs: common.adjacencyGraphs,
    translations: await shippedTranslations(locale),
  });
}

/** A fixed pseudo-random string, so the long random case is the same on every run. */
function randomText(length: number, seed: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_=+';
  let state = seed;
  let text = '';
  for (let index = 0; index < length; index += 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += alphabet[state % alphabet.length];
  }
  return text;
}

const PASSWORDS: readonly string[] = [
  // empty, tiny, whitespace
  '',
  'a',
  '   ',
  'tab\tand\nnewline',
  // the most common passwords, and their usual disguises
  'password',
  'Password1',
  'P@ssw0rd',
  'p4$$w0rd!',
  '123456',
  '12345678',
  'iloveyou',
  'trustno1',
  'letmein!',
  'monkey123',
  // keyboard patterns, repeats, sequences
  'qwerty',
  'qwertyuiop',
  '1qaz2wsx3edc',
  'zxcvbnm,./',
  'aaaaaaaa',
  'abcabcabcabc',
  'abcdefghij',
  '987654321',
  // dates and years
  '19871203',
  '12/03/1987',
  '2024-01-15',
  'dragon1987',
  'Summer2024!',
  // names and words, from every dictionary
  'John1980',
  'smith2020',
  'correct horse battery staple',
  'correcthorsebatterystaple',
  'Tr0ub4dor&3',
  'firstsecondthird',
  'monday tuesday',
  'onetwothreefour',
  // strong ones
  'J8#kL!2q',
  'vQ7$zR2!mP9&xL4',
  'purple-Elephant-dances-7-times',
  // Unicode: accents, other scripts, emoji (astral code points)
  'Ölbaum-Größe-42',
  'contraseña segura',
  'mot de passe très sûr',
  'пароль123',
  '密码123456',
  'パスワード',
  '🔒🔑🙂',
  'emoji🔥password🔥',
  // 100 characters and more
  'x'.repeat(110),
  'correct horse battery staple '.repeat(4),
  'Ab1!'.repeat(26),
  randomText(105, 7),
];

describe('score agreement with zxcvbn-ts (default options, same dictionaries)', () => {
  it('has at least 40 varied passwords, including empty, Unicode, emoji, spaces and 100+ characters', () => {
    expect(PASSWORDS.length).toBeGreaterThanOrEqual(40);
    expect(PASSWORDS).toContain('');
    expect(PASSWORDS.some((password) => /\p{Extended_Pictographic}/u.test(password))).toBe(true);
    expect(PASSWORDS.some((password) => /[^\u0000-\u007f]/.test(password))).toBe(true);
    expect(PASSWORDS.some((password) => password.includes(' '))).toBe(true);
    expect(PASSWORDS.filter((password) => password.length >= 100).length).toBeGreaterThanOrEqual(3);
  });

  describe('en, every password', () => {
    let zxcvbn: ZxcvbnFactory;
    let estimator: StrengthEstimator;
    beforeAll(async () => {
      zxcvbn = await reference('en');
      estimator = createStrengthEstimator({ policy: { kind: 'zxcvbn', breachDetection: false }, locale: 'en' });
      await estimator.preload();
    });

    it.each(PASSWORDS.map((password) => [password.length > 40 ? `${password.slice(0, 37)}...` : password, password]))(
      '%j',
      async (_label, password) => {
        const expected = zxcvbn.check(password);
        const actual = (await estimator.estimate(password)) as StrengthResult;
        expect(actual).toMatchObject({
          stale: false,
          mode: 'main-thread',
          score: expected.score,
          guessesLog10: expected.guessesLog10,
          feedback: expected.feedback,
          valid: expected.score >= 3,
        });
      },
    );

    it.each([
      ['ada.lovelace1815', ['ada@example.com', 'ada', 'lovelace']],
      ['Acme-Corp-2024', ['acme corp', 'acme']],
      ['widgets4ever', ['widgets', 4]],
    ])('%j with user inputs %j', async (password, userInputs) => {
      const expected = zxcvbn.check(password, userInputs);
      const actual = (await estimator.estimate(password, { userInputs })) as StrengthResult;
      expect({ score: actual.score, guessesLog10: actual.guessesLog10, feedback: actual.feedback }).toEqual({
        score: expected.score,
        guessesLog10: expected.guessesLog10,
        feedback: expected.feedback,
      });
      // The inputs do matter: without them the password looks stronger.
      expect(zxcvbn.check(password).guessesLog10).toBeGreaterThan(expected.guessesLog10);
    });
  });

  describe.each(['es', 'fr', 'pt-br'] as const)('%s', (locale) => {
    const sample = [
      '',
      'password',
      'contraseña',
      'motdepasse',
      'senha123',
      'Maria1990',
      'primavera2024',
      'soleil-lune-étoile',
      'lundi mardi',
      'quatro cinco seis',
      'correct horse battery staple',
      'Ölbaum-Größe-42',
    ];
    let zxcvbn: ZxcvbnFactory;
    let estimator: StrengthEstimator;
    beforeAll(async () => {
      zxcvbn = await reference(locale);
      estimator = createStrengthEstimator({ policy: { kind: 'zxcvbn', breachDetection: false }, locale });
      await estimator.preload();
    });

    it.each(sample)('%j', async (password) => {
      const expected = zxcvbn.check(password);
      const actual = (await estimator.estimate(password)) as StrengthResult;
      expect({ score: actual.score, guessesLog10: actual.guessesLog10, feedback: actual.feedback }).toEqual({
        score: expected.score,
        guessesLog10: expected.guessesLog10,
        feedback: expected.feedback,
      });
    });
  });
});

describe('the piecewise loading', () => {
  it("builds the README's options: the same lists, in the same order, the same graphs and translations", async () => {
    const data = await loadEngineData(enPack);
    const expected = { ...common.dictionary, ...en.dictionary };
    expect(Object.keys(data.dictionary)).toEqual(Object.keys(expected));
    for (const [name, list] of Object.entries(expected)) expect(data.dictionary[name], name).toEqual(list);
    expect(data.graphs).toEqual(common.adjacencyGraphs);
    expect(data.translations).toEqual(en.translations);
  });

  it('pauses after each module when sliced for the main thread, and loads the same data', async () => {
    let pauses = 0;
    const sliced = await loadEngineData(enPack, async () => {
      pauses += 1;
    });
    // The common pack's 2 lists and graphs, the language's 4 lists, word sequences and translations.
    expect(pauses).toBe(9);
    expect(sliced).toEqual(await loadEngineData(enPack));
  });
});
