// The catalogues as a consumer of the built package meets them (dist/, from npm run build): each
// locale is its own chunk that loads in plain Node, only English is in the entry, and the emitted
// declarations type-check under NodeNext with skipLibCheck off (no JSON import in a .d.ts).
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../src/core/index.js';

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist');
const chunks = path.join(dist, 'chunks');
const json = (locale: string) =>
  JSON.parse(readFileSync(path.join(root, 'locales', `${locale}.json`), 'utf8')) as { start: { title: string }; [key: string]: unknown };

describe('catalogues in the built package', () => {
  beforeAll(() => {
    if (!existsSync(path.join(dist, 'index.js'))) throw new Error('dist/ is missing: run npm run build first.');
  });

  const others = SUPPORTED_LOCALES.filter((locale) => locale !== 'en');

  it.each(others)('%s is a lazy chunk of its own that loads in plain Node', async (locale) => {
    const title = json(locale).start.title;
    const files = readdirSync(chunks).filter((file) => file.endsWith('.js') && readFileSync(path.join(chunks, file), 'utf8').includes(title));
    expect(files).toHaveLength(1);
    const module = (await import(pathToFileURL(path.join(chunks, files[0]!)).href)) as { default: unknown };
    expect(module.default).toEqual(json(locale));
    const entry = readFileSync(path.join(dist, 'index.js'), 'utf8');
    expect(entry).not.toContain(title);
    expect(entry).toContain(`import("./chunks/${files[0]}")`);
  });

  it('bundles English in the entry', () => {
    expect(readFileSync(path.join(dist, 'index.js'), 'utf8')).toContain(json('en').start.title);
  });

  describe('declarations under NodeNext, skipLibCheck off', () => {
    let consumer: string;
    beforeAll(() => {
      consumer = mkdtempSync(path.join(tmpdir(), 'resetkit-types-'));
      mkdirSync(path.join(consumer, 'node_modules'));
      symlinkSync(root, path.join(consumer, 'node_modules', 'resetkit'), 'dir');
      writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ type: 'module' }));
      const compilerOptions = { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, skipLibCheck: false, noEmit: true, types: [], lib: ['es2023', 'dom'] };
      writeFileSync(path.join(consumer, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['index.ts'] }));
      writeFileSync(
        path.join(consumer, 'index.ts'),
        [
          "import type { Catalogue, MessageOverrides } from 'resetkit';",
          "export const title: Catalogue['start']['title'] = 'Reset';",
          "export const overrides: MessageOverrides = { fr: { start: { title: 'Réinitialiser' } } };",
          '',
        ].join('\n'),
      );
    });
    afterAll(() => rmSync(consumer, { recursive: true, force: true }));

    it('type-check', async () => {
      const result = await promisify(execFile)(path.join(root, 'node_modules/.bin/tsc'), ['-p', consumer]).catch(
        (error: { stdout: string }) => ({ stdout: error.stdout }),
      );
      expect(result.stdout).toBe('');
    }, 60_000);
  });
});
