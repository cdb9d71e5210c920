#!/usr/bin/env node
// Regenerates screenshots of the screens a design review looks at first: a weak password, a
// breached one, the LUDS checklist and the organization picker, in light and dark, on a desktop
// (1280 px) and a phone (390 px). `node scripts/screenshots.mjs [out-dir]` (default
// .cache/screenshots): it serves scripts/screenshots/ with Vite on a loopback port, drives
// Chromium with Playwright, and stops both.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(process.argv[2] ?? path.join(root, '.cache/screenshots'));
const BREACHED = 'violet-Harbor-lantern-93-quietly';

/** How each screen is reached from its page: what a member types. */
const SCREENS = {
  async weak(page) {
    await page.getByLabel('New password').fill('password1');
    await page.locator('[data-part="verdict"][data-tone="warning"]').waitFor();
  },
  async breached(page) {
    await page.getByLabel('New password').fill(BREACHED);
    await page.keyboard.press('Enter');
    await page.locator('[data-part="verdict"][data-tone="danger"]').waitFor();
  },
  async luds(page) {
    await page.getByLabel('New password').fill('abcDEF1');
    await page.locator('[data-part="checklist-item"][data-met]').first().waitFor();
  },
  async picker(page) {
    await page.getByLabel('New password').fill('Correct-horse-7-battery-staple!z');
    await page.keyboard.press('Enter');
    await page.locator('[data-scope="organization-picker"]').waitFor({ timeout: 15_000 });
  },
};
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

mkdirSync(out, { recursive: true });
const server = await createServer({
  configFile: false,
  root: path.join(root, 'scripts/screenshots'),
  plugins: [react()],
  logLevel: 'warn',
  server: { host: '127.0.0.1', port: 0, fs: { allow: [root] } },
});
await server.listen();
const { port } = server.httpServer.address();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
});
const written = [];
try {
  for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    for (const theme of ['light', 'dark']) {
      for (const [screen, reach] of Object.entries(SCREENS)) {
        const page = await context.newPage();
        await page.goto(`http://127.0.0.1:${port}/?screen=${screen}&theme=${theme}`);
        await reach(page);
        // Let the backend's strength check and colour transitions settle.
        await page.waitForTimeout(800);
        const file = path.join(out, `${screen}-${theme}-${viewportName}.png`);
        await page.screenshot({ path: file, fullPage: true });
        written.push(path.relative(root, file));
        await page.close();
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${written.length} screenshots:\n${written.join('\n')}`);
