// The catalogue modules the code imports (src/react/catalogues/*.ts) are generated from the JSON
// catalogues by scripts/catalogues.mjs; this fails while one is out of date or missing.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../src/core/index.js';
// @ts-expect-error: a plain ESM script without declarations.
import { catalogueModule, localesDir, modulesDir } from '../../scripts/catalogues.mjs';

const render = catalogueModule as (locale: string) => string;

describe('generated catalogue modules', () => {
  it('exist for exactly the supported locales', () => {
    expect(readdirSync(modulesDir as string).sort()).toEqual(SUPPORTED_LOCALES.map((locale) => `${locale}.ts`).sort());
  });

  it.each([...SUPPORTED_LOCALES])('%s is up to date with its JSON (run node scripts/catalogues.mjs)', async (locale) => {
    const file = path.join(modulesDir as string, `${locale}.ts`);
    expect(readFileSync(file, 'utf8')).toBe(render(locale));
    const module = (await import(file)) as { default: unknown };
    expect(module.default).toEqual(JSON.parse(readFileSync(path.join(localesDir as string, `${locale}.json`), 'utf8')));
  });
});
