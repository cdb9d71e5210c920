/// <reference types="vitest/config" />
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { type ConfigEnv, type UserConfig, defineConfig } from 'vite';
import { chromiumLaunchOptions } from './scripts/chromium.js';

const root = path.dirname(fileURLToPath(import.meta.url));
const react18 = path.join(root, 'test/react18/node_modules');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
// Dependencies stay imports in the build: the host app bundles (and dedupes) them.
const externals = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
// Node's own modules too: only resetkit/emulator imports them, and it runs only in Node.
const isExternal = (id: string) => id.startsWith('node:') || externals.some((name) => id === name || id.startsWith(`${name}/`));

// A fresh object per project: Vitest writes the project name into each instance.
const chromiumBrowser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions }),
  instances: [{ browser: 'chromium' as const }],
});

/** One build entry per public entry point (package.json `exports`). */
const entries: Record<string, string> = {
  index: 'src/react/index.ts',
  core: 'src/core/index.ts',
  strength: 'src/strength/index.ts',
  // The strength workers, at the top of dist/: src/strength/spawn/workers.ts (a chunk in
  // dist/chunks/) points at them with `new URL('../strength-worker-<locale>.js', import.meta.url)`.
  'strength-worker-en': 'src/strength/strength-worker-en.ts',
  'strength-worker-es': 'src/strength/strength-worker-es.ts',
  'strength-worker-fr': 'src/strength/strength-worker-fr.ts',
  'strength-worker-pt-br': 'src/strength/strength-worker-pt-br.ts',
  'adapters/memory': 'src/adapters/memory/index.ts',
  'adapters/http': 'src/adapters/http/index.ts',
  'adapters/stytch': 'src/adapters/stytch/index.ts',
  server: 'src/server/index.ts',
  // resetkit/emulator, Node only; bin/resetkit-emulator.js starts it.
  emulator: 'src/emulator/index.ts',
  // resetkit/styles.css: tokens + component styles, emitted as dist/styles.css (no JS).
  styles: 'src/styles/index.css',
};

/**
 * The library build (`vite build` here), not another build that loads this file: Storybook keeps
 * this config's plugins but drops its `build` options, and must not get the library's treatment.
 */
const libraryBuild = (config: UserConfig, { command }: ConfigEnv) => command === 'build' && config.build?.lib !== undefined;

/**
 * Ships the string catalogues as dist/locales/*.json, the `resetkit/locales/*.json` export: the
 * sources a host's translators start from. (The code loads the generated modules in
 * src/react/catalogues/, which every bundler handles; see scripts/catalogues.mjs.)
 */
const copyLocales = {
  name: 'resetkit:copy-locales',
  apply: libraryBuild,
  closeBundle() {
    cpSync(path.join(root, 'locales'), path.join(root, 'dist/locales'), { recursive: true });
  },
};

/**
 * Leaves `new Worker(new URL('../strength-worker-<locale>.js', import.meta.url), ...)` in
 * dist/chunks/ for the host's bundler, which then emits each worker as a same-origin file (no
 * blob:, fine under a strict CSP). Vite's own worker transform would bundle them into dist/assets
 * under a URL no host follows, so in the library build each path is split in two, which that
 * transform does not match, then joined again in the output. Everything else (tests, Storybook
 * dev and static) keeps Vite's worker transform. test/strength/build.test.ts checks the output.
 */
const keepWorkerUrls = {
  name: 'resetkit:keep-worker-urls',
  apply: libraryBuild,
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    if (!id.includes('/src/strength/spawn/')) return null;
    // Only a few columns move, at the end of four lines: the existing source map stays.
    return { code: code.replace(/new URL\('\.\.\/strength-worker-/g, "new URL('../' + 'strength-worker-"), map: null };
  },
  renderChunk(code: string) {
    // Usually already joined by the minifier; padded to the same length, so the map lines up.
    const joined = code.replace(/(new URL\()"\.\.\/" \+ "(strength-worker-[a-z-]+\.js)"/g, '$1"../$2"     ');
    return joined === code ? null : { code: joined, map: null };
  },
};

export default defineConfig({
  plugins: [react(), copyLocales, keepWorkerUrls],
  build: {
    target: 'es2022',
    sourcemap: true,
    // Lets a CSS file be an entry of its own (Vite refuses CSS entries without it in library mode).
    cssCodeSplit: true,
    lib: {
      entry: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, path.join(root, file)])),
      formats: ['es'],
    },
    rolldownOptions: {
      external: isExternal,
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // The stylesheet keeps the stable name package.json exports; other assets get a hash.
        assetFileNames: (asset) => (asset.names.includes('styles.css') ? 'styles.css' : 'assets/[name]-[hash][extname]'),
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/react/**', 'test/next/**'],
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/react/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup.ts', 'test/setup-dom.ts'],
        },
      },
      {
        extends: true,
        // The same hook tests against React 18.3, the oldest React resetkit supports
        // (installed in the test/react18 workspace).
        resolve: {
          alias: [
            { find: /^react$/, replacement: path.join(react18, 'react/index.js') },
            { find: /^react\/(.*)$/, replacement: path.join(react18, 'react/$1') },
            { find: /^react-dom$/, replacement: path.join(react18, 'react-dom/index.js') },
            { find: /^react-dom\/(.*)$/, replacement: path.join(react18, 'react-dom/$1') },
            // Its ESM build, so that its own React imports meet the aliases above.
            {
              find: /^@testing-library\/react$/,
              replacement: path.join(root, 'node_modules/@testing-library/react/dist/@testing-library/react.esm.js'),
            },
          ],
        },
        test: {
          name: 'dom-react18',
          environment: 'jsdom',
          include: ['test/react/hooks/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup.ts', 'test/setup-dom.ts', 'test/react18/setup.ts'],
          // Testing Library must import React through the aliases above, not from the root.
          server: { deps: { inline: [/@testing-library\/react/] } },
        },
      },
      {
        extends: true,
        test: {
          // Real-browser tests of what jsdom cannot do: workers, long tasks, focus, layout.
          name: 'browser',
          include: ['test/browser/**/*.browser.test.{ts,tsx}'],
          browser: chromiumBrowser(),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(root, '.storybook') })],
        test: {
          name: 'storybook',
          browser: chromiumBrowser(),
        },
      },
      {
        extends: true,
        test: {
          // The demo app (examples/demo, built from dist/) driven by Playwright in Chromium under a
          // strict CSP, with axe on every step and every story (test/browser/README.md).
          name: 'e2e',
          environment: 'node',
          include: ['test/browser/**/*.e2e.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // One browser at a time, after the other projects: timing-sensitive steps (countdowns,
          // long tasks) get the machine's two cores to themselves.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          // examples/next built from the packed package (`next build`, cached in .cache/next-example)
          // and driven in Chromium against the emulator bin; last, after e2e, so neither's timing
          // shares the two cores with the other.
          name: 'next',
          environment: 'node',
          include: ['test/next/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 600_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
