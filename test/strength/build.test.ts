// The built strength entry as a host's bundler meets it (reads dist/: npm run build first). The
// workers must stay separate files that the host bundles itself, reached by the standard
// `new Worker(new URL(..., import.meta.url), { type: 'module' })`; nothing may need blob:, data:
// or eval under a strict CSP; and no zxcvbn-ts byte may be on the static import path.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist');
const LOCALES = ['en', 'es', 'fr', 'pt-br'] as const;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? files(file) : entry.name.endsWith('.js') ? [file] : [];
  });
}

const read = (file: string) => readFileSync(file, 'utf8');

/** The files `file` imports statically (`import ... from './x.js'`), transitively. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, specifier] of read(file).matchAll(/(?:^|[;\n}])\s*(?:import|export)\s[^;'"]*?from\s*["']([^"']+)["']/g)) {
    if (specifier!.startsWith('.')) staticClosure(path.resolve(path.dirname(file), specifier!), seen);
  }
  return seen;
}

describe('the built strength entry', () => {
  if (!existsSync(path.join(dist, 'strength.js'))) throw new Error('dist/strength.js is missing: run npm run build first.');
  const all = files(dist);
  const spawners = all.filter((file) => read(file).includes('new Worker('));

  it('has one worker entry per locale next to strength.js', () => {
    for (const locale of LOCALES) expect(existsSync(path.join(dist, `strength-worker-${locale}.js`)), locale).toBe(true);
  });

  it("starts each worker with the standard pattern, pointing at that worker entry, for the host's bundler", () => {
    expect(spawners).toHaveLength(1);
    const code = read(spawners[0]!);
    const pattern = /new Worker\(new URL\("([^"]+)", import\.meta\.url\), \{ type: "module" \}\)/g;
    const urls = [...code.matchAll(pattern)].map((match) => match[1]!);
    expect(urls).toHaveLength(LOCALES.length);
    expect(code.match(/new Worker\(/g)).toHaveLength(LOCALES.length);
    for (const url of urls) {
      expect(path.resolve(path.dirname(spawners[0]!), url)).toMatch(/[/\\]dist[/\\]strength-worker-[a-z-]+\.js$/);
      expect(existsSync(path.resolve(path.dirname(spawners[0]!), url)), url).toBe(true);
    }
    // No comment or rewrite in the way of the host's transforms (Vite's skips a URL after /* @vite-ignore */).
    expect(code).not.toMatch(/vite-ignore|"" \+ import\.meta\.url/);
  });

  it('needs no blob:, data: script or eval anywhere', () => {
    for (const file of all.filter((f) => /strength|chunks/.test(f))) {
      const code = read(file);
      expect(code, file).not.toMatch(/data:(text|application)\/javascript|createObjectURL|["'`]blob:|\beval\(|new Function\(/);
    }
  });

  it('imports zxcvbn-ts only with import(), each dictionary on its own', () => {
    const specifiers = new Set<string>();
    for (const file of all) {
      const code = read(file);
      expect(code, file).not.toMatch(/(?:from|import)\s*["']@zxcvbn-ts/);
      for (const [, specifier] of code.matchAll(/import\(["'](@zxcvbn-ts\/[^"']+)["']\)/g)) specifiers.add(specifier!);
    }
    expect([...specifiers].filter((specifier) => specifier.endsWith('.json.mjs'))).toHaveLength(3 + 4 * 5);
    // Every one of them exists in the installed packages (the layout of 4.x).
    const require = createRequire(path.join(root, 'package.json'));
    for (const specifier of specifiers) expect(() => require.resolve(specifier), specifier).not.toThrow();
  });

  it('keeps the engine off the static import path of resetkit/strength', () => {
    const closure = [...staticClosure(path.join(dist, 'strength.js'))];
    const code = closure.map(read).join('\n');
    expect(code).not.toContain('ZxcvbnFactory');
    expect(code).not.toContain('new Worker(');
    const bytes = closure.reduce((sum, file) => sum + readFileSync(file).length, 0);
    // Estimator, LUDS, merge and the core helpers they use: a few kilobytes, no dictionary.
    expect(bytes).toBeLessThan(40_000);
  });
});
