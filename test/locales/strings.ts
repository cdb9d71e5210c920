import { readFileSync } from 'node:fs';
import path from 'node:path';

export const localesDir = path.resolve(import.meta.dirname, '../../locales');

/** Every string of a nested object, by its dotted key. */
export function flattenStrings(tree: unknown, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    if (typeof value === 'string') entries.set(prefix + key, value);
    else if (value && typeof value === 'object') for (const [inner, text] of flattenStrings(value, `${prefix}${key}.`)) entries.set(inner, text);
  }
  return entries;
}

/** A catalogue's strings, from locales/<locale>.json. */
export function catalogueStrings(locale: string): Map<string, string> {
  return flattenStrings(JSON.parse(readFileSync(path.join(localesDir, `${locale}.json`), 'utf8')));
}
