// No dictionary is fetched until a password field needs it: importing resetkit/strength and
// creating an estimator cost none; the first estimate() or preload() loads the common dictionary
// and the estimator's own language, and no other language. zxcvbn-ts's core is never loaded:
// resetkit's own engine scores passwords (zxcvbn-ts is only the tests' oracle).
import { describe, expect, it, vi } from 'vitest';

const loaded = vi.hoisted(() => new Set<string>());

vi.mock('@zxcvbn-ts/core', async (importOriginal) => {
  loaded.add('core');
  return importOriginal();
});
vi.mock('@zxcvbn-ts/language-common/dist/passwords.json.mjs', async (importOriginal) => {
  loaded.add('common');
  return importOriginal();
});
vi.mock('@zxcvbn-ts/language-en/dist/commonWords.json.mjs', async (importOriginal) => {
  loaded.add('en');
  return importOriginal();
});
vi.mock('@zxcvbn-ts/language-fr/dist/commonWords.json.mjs', async (importOriginal) => {
  loaded.add('fr');
  return importOriginal();
});
vi.mock('@zxcvbn-ts/language-es-es/dist/commonWords.json.mjs', async (importOriginal) => {
  loaded.add('es');
  return importOriginal();
});

describe('lazy loading', () => {
  it('loads nothing on import or creation, then only what the first use needs', async () => {
    const { createStrengthEstimator, checkLuds } = await import('../../src/strength/index.js');
    const english = createStrengthEstimator({ policy: { kind: 'zxcvbn', breachDetection: true }, locale: 'en' });
    const french = createStrengthEstimator({ policy: { kind: 'zxcvbn', breachDetection: true }, locale: 'fr' });
    checkLuds('Password1', { minLength: 8, minComplexity: 3 });
    expect([...loaded]).toEqual([]);

    await english.preload();
    expect([...loaded].sort()).toEqual(['common', 'en']);

    await french.estimate('motdepasse');
    expect([...loaded].sort()).toEqual(['common', 'en', 'fr']);
    expect(loaded.has('es')).toBe(false);
  });
});
