// resetkit's own zxcvbn-ts feedback texts (src/strength/tips/): each locale's file is a complete
// zxcvbn-ts TranslationKeys object, with the very keys and `{base}` placeholders of the English
// pack, so that no tip falls back to the pack's English or shows a raw key.
import { describe, expect, it } from 'vitest';
import english from '@zxcvbn-ts/language-en/dist/translations.mjs';
import { SUPPORTED_LOCALES } from '../../src/core/index.js';
import { flattenStrings } from './strings.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const pack = flattenStrings(english);

describe.each([...SUPPORTED_LOCALES])('strength tips in %s', (locale) => {
  it('have exactly the keys of @zxcvbn-ts/language-en, each a non-empty text', async () => {
    const { tips } = (await import(`../../src/strength/tips/${locale}.ts`)) as { tips: unknown };
    const own = flattenStrings(tips);
    expect([...own.keys()].sort()).toEqual([...pack.keys()].sort());
    expect([...own].filter(([, text]) => !/\S/.test(text)).map(([key]) => key)).toEqual([]);
  });

  it('keep every placeholder of the pack, and add none', async () => {
    const { tips } = (await import(`../../src/strength/tips/${locale}.ts`)) as { tips: unknown };
    const own = flattenStrings(tips);
    const mismatched = [...pack].filter(([key, text]) => placeholders(own.get(key) ?? '').join() !== placeholders(text).join());
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('end every warning and suggestion with a period', async () => {
    const { tips } = (await import(`../../src/strength/tips/${locale}.ts`)) as { tips: unknown };
    const sentences = [...flattenStrings(tips)].filter(([key]) => !key.startsWith('timeEstimation.'));
    expect(sentences.filter(([, text]) => !text.endsWith('.')).map(([key]) => key)).toEqual([]);
  });
});
