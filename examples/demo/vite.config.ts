// Builds the demo app as a product team's app would be built: its imports of `resetkit`,
// `resetkit/adapters/*` and `resetkit/styles.css` resolve through the package's `exports` to the
// built dist/ (run `npm run build` first), so what the tests drive and the bench measures is what
// users install. RESETKIT_DEMO_SOURCE=src points them at src/ instead, for `vite` dev work.
//
//   npm run build && npx vite build -c examples/demo/vite.config.ts   -> .cache/demo
//   RESETKIT_DEMO_SOURCE=src npx vite -c examples/demo/vite.config.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { type Alias, type InlineConfig, defineConfig } from 'vite';

const demoRoot = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(demoRoot, '../..');

/** Source files of each entry point, for RESETKIT_DEMO_SOURCE=src. */
const SOURCES: Record<string, string> = {
  '.': 'src/react/index.ts',
  './adapters/memory': 'src/adapters/memory/index.ts',
  './adapters/http': 'src/adapters/http/index.ts',
  './adapters/stytch': 'src/adapters/stytch/index.ts',
  './core': 'src/core/index.ts',
  './strength': 'src/strength/index.ts',
  './styles.css': 'src/styles/index.css',
};

/** `resetkit` and `resetkit/<subpath>` as the package's `exports` map them (or to src/). */
export function resetkitAliases(source: 'dist' | 'src' = 'dist'): Alias[] {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    exports: Record<string, string | { default: string }>;
  };
  const aliases: Alias[] = [];
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (subpath.includes('*') || subpath === './package.json') continue;
    const file = source === 'src' ? SOURCES[subpath] : typeof target === 'string' ? target : target.default;
    if (!file) continue;
    const specifier = subpath === '.' ? 'resetkit' : `resetkit/${subpath.slice(2)}`;
    aliases.push({ find: new RegExp(`^${specifier.replace(/[/.]/g, '\\$&')}$`), replacement: path.join(repoRoot, file) });
  }
  return aliases;
}

export type DemoPage = 'index' | 'minimal';

export interface DemoBuildOptions {
  outDir?: string;
  source?: 'dist' | 'src';
  /**
   * The pages to build (default both). Pages built together share chunks, so the bench builds
   * minimal.html alone to weigh exactly what it needs.
   */
  pages?: DemoPage[];
}

export function demoConfig({
  outDir = path.join(repoRoot, '.cache/demo'),
  source = 'dist',
  pages = ['index', 'minimal'],
}: DemoBuildOptions = {}): InlineConfig {
  return {
    configFile: false,
    root: demoRoot,
    base: '/',
    logLevel: 'warn',
    plugins: [react()],
    resolve: { alias: resetkitAliases(source), dedupe: ['react', 'react-dom'] },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      // The bench reads which chunks each page loads first.
      manifest: true,
      rolldownOptions: {
        input: Object.fromEntries(pages.map((page) => [page, path.join(demoRoot, `${page}.html`)])),
        output: {
          // React in a chunk of its own, so the bench can weigh the initial JS with and without it.
          codeSplitting: {
            groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
          },
        },
      },
    },
  };
}

export default defineConfig(() => {
  const source = process.env['RESETKIT_DEMO_SOURCE'] === 'src' ? 'src' : 'dist';
  const { configFile: _configFile, ...config } = demoConfig({ source });
  return config;
});
