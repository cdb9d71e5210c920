#!/usr/bin/env node
// Writes src/react/catalogues/<locale>.ts from locales/<locale>.json. The JSON files stay the
// source translators edit (and the `resetkit/locales/*.json` export); the modules are what the
// code imports, because a JSON import needs an import attribute under NodeNext, which neither the
// Vite dev server (Storybook dev) serves nor an emitted .d.ts may carry. Plain TS modules load the
// same way in Vite dev and build, Storybook, host bundlers and Node, and `import()` keeps them lazy.
// Run after editing a catalogue: `node scripts/catalogues.mjs` (test/locales/modules.test.ts
// fails while a module is out of date).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const localesDir = path.join(root, 'locales');
export const modulesDir = path.join(root, 'src/react/catalogues');

/** The locales with a catalogue, from the JSON files present. */
export function catalogueLocales() {
  return readdirSync(localesDir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

/** The module text for one locale's catalogue. */
export function catalogueModule(locale) {
  const catalogue = JSON.parse(readFileSync(path.join(localesDir, `${locale}.json`), 'utf8'));
  return [
    `// Generated from locales/${locale}.json by scripts/catalogues.mjs: edit the JSON, then run the script.`,
    `const catalogue = ${JSON.stringify(catalogue, null, 2)};`,
    '',
    'export default catalogue;',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const locale of catalogueLocales()) {
    writeFileSync(path.join(modulesDir, `${locale}.ts`), catalogueModule(locale));
  }
}
