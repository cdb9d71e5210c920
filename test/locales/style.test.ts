// The style guide's forbidden forms (locales/README.md, per language) against every string a
// member reads in that language: the catalogue and resetkit's strength tips alike. A match is a
// string in the wrong register or variant, an English leftover, or broken typography.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../src/core/index.js';
import { catalogueStrings, flattenStrings, localesDir } from './strings.js';

interface Rule {
  pattern: RegExp;
  /** As the guide writes it. */
  source: string;
  why: string;
}

// `\b` in the guide means a word boundary between letters of any script (JavaScript's own `\b`
// sees "ñ" or "ã" as a non-word character).
const WORD = '[\\p{L}\\p{N}_]';
const BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;

/** The forbidden forms of each language section of the guide, keyed by its locale code. */
function forbiddenForms(): Map<string, Rule[]> {
  const guide = readFileSync(path.join(localesDir, 'README.md'), 'utf8');
  const rules = new Map<string, Rule[]>();
  for (const section of guide.split(/^## /m).slice(1)) {
    const locale = /^[^\n(]*\(([a-z-]+)[,)]/.exec(section)?.[1];
    const list = section.split(/^Forbidden forms:$/m)[1];
    if (!locale || !list) continue;
    const found = [...list.matchAll(/^- `(.+)` — (.+)$/gm)].map(([, source, why]) => ({
      pattern: new RegExp(source!.replaceAll('\\b', BOUNDARY), 'u'),
      source: source!,
      why: why!,
    }));
    rules.set(locale, found);
  }
  return rules;
}

const rules = forbiddenForms();

async function tipStrings(locale: string): Promise<Map<string, string>> {
  const { tips } = (await import(`../../src/strength/tips/${locale}.ts`)) as { tips: unknown };
  return flattenStrings(tips);
}

/** One line per string that matches a forbidden form; placeholders (`{{email}}`) are not words. */
function violations(strings: Map<string, string>, forms: Rule[], where: string): string[] {
  return [...strings].flatMap(([key, text]) => {
    const words = text.replace(/\{\{\s*[\w.]+\s*\}\}|\{\w+\}/g, '…');
    return forms.filter(({ pattern }) => pattern.test(words)).map(({ source, why }) => `${where} ${key}: "${text}" matches ${source} (${why})`);
  });
}

describe('the style guide', () => {
  it('lists forbidden forms for every locale', () => {
    expect([...rules.keys()].sort()).toEqual([...SUPPORTED_LOCALES].sort());
    for (const forms of rules.values()) expect(forms.length).toBeGreaterThan(3);
  });

  describe.each([...SUPPORTED_LOCALES])('%s', (locale) => {
    const forms = rules.get(locale) ?? [];

    it('the catalogue uses none of its forbidden forms', () => {
      expect(violations(catalogueStrings(locale), forms, 'catalogue')).toEqual([]);
    });

    it('the strength tips use none of its forbidden forms', async () => {
      expect(violations(await tipStrings(locale), forms, 'tips')).toEqual([]);
    });
  });

  // The zxcvbn-ts packs' own texts are why resetkit has its own: the rules catch what was wrong.
  it.each([
    ['es', 'es-es'],
    ['fr', 'fr'],
    ['pt-br', 'pt-br'],
  ])('would reject the texts of the %s zxcvbn-ts pack', async (locale, pack) => {
    const { default: translations } = (await import(`../../node_modules/@zxcvbn-ts/language-${pack}/dist/translations.mjs`)) as { default: unknown };
    expect(violations(flattenStrings(translations), rules.get(locale) ?? [], 'pack').length).toBeGreaterThan(0);
  });
});
