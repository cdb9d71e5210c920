import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESET_ERROR_CODES, SUPPORTED_LOCALES } from '../../src/core/index.js';

type Tree = { [key: string]: string | Tree };

const dir = path.resolve(import.meta.dirname, '../../locales');
const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Tree;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') entries.set(prefix + key, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) entries.set(inner, text);
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1]).sort();

const english = flatten(read('en.json'));
const others = SUPPORTED_LOCALES.filter((locale) => locale !== 'en');

describe('string catalogues', () => {
  it('ship one file per supported locale and nothing else but their style guide', () => {
    const catalogues = readdirSync(dir).filter((file) => file !== 'README.md');
    expect(catalogues.sort()).toEqual(SUPPORTED_LOCALES.map((locale) => `${locale}.json`).sort());
  });

  it.each([...RESET_ERROR_CODES])('English explains the error code %s', (code) => {
    expect(english.get(`errors.${code}`)).toMatch(/\S/);
  });

  describe.each(others)('%s', (locale) => {
    const catalogue = flatten(read(`${locale}.json`));

    it('has exactly the keys of en.json', () => {
      expect([...catalogue.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it('keeps every placeholder of en.json, and adds none', () => {
      const mismatched = [...english].filter(([key, text]) => {
        const translated = catalogue.get(key);
        return translated !== undefined && placeholders(translated).join() !== placeholders(text).join();
      });
      expect(mismatched.map(([key]) => key)).toEqual([]);
    });

    it('is translated, not copied from English', () => {
      const copied = [...english].filter(([key, text]) => catalogue.get(key) === text && /[a-z]{4,}/i.test(text));
      // A handful of words are the same in both languages (e.g. "Organization" is not one).
      expect(copied.length / english.size).toBeLessThan(0.05);
    });
  });
});
