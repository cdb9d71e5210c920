// Drives a static Storybook build story by story in one page, through Storybook's own channel
// (setCurrentStory, then storyFinished), which is far quicker than loading iframe.html per story.
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { repoRoot } from './paths.js';

export interface StoryOutcome {
  storyId: string;
  /** Problems other than axe's: a play function that threw, an error while rendering. */
  errors: string[];
}

/** Builds the Storybook of stories/ into `outDir` (about 10 s here). */
export async function buildStorybook(outDir: string): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await promisify(execFile)(path.join(repoRoot, 'node_modules/.bin/storybook'), ['build', '--quiet', '--output-dir', outDir], {
    cwd: repoRoot,
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Every story (not docs entry) of the build, in index order. */
export async function storyIds(outDir: string): Promise<string[]> {
  const index = JSON.parse(await readFile(path.join(outDir, 'index.json'), 'utf8')) as {
    entries: Record<string, { type: 'story' | 'docs' }>;
  };
  return Object.entries(index.entries)
    .filter(([, entry]) => entry.type === 'story')
    .map(([id]) => id);
}

interface PreviewWindow {
  __STORYBOOK_ADDONS_CHANNEL__: {
    on(event: string, listener: (payload: unknown) => void): void;
    off(event: string, listener: (payload: unknown) => void): void;
    emit(event: string, payload: unknown): void;
  };
  __STORYBOOK_PREVIEW__?: { currentRender?: { id?: string; phase?: string } };
}

/** Waits until the story loaded with the page has finished (rendered, played, after-each run). */
export async function waitForInitialStory(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const preview = (window as unknown as PreviewWindow).__STORYBOOK_PREVIEW__;
    return ['finished', 'errored', 'aborted'].includes(preview?.currentRender?.phase ?? '');
  });
}

/**
 * Sends `event` on Storybook's channel and resolves once `storyId` has finished rendering again
 * (after its play function when the story is new), with the errors reported on the way.
 */
async function emitAndWait(page: Page, storyId: string, event: string, payload: unknown, timeoutMs: number): Promise<string[]> {
  return page.evaluate(
    ({ storyId, event, payload, timeoutMs }) =>
      new Promise<string[]>((resolve) => {
        const channel = (window as unknown as PreviewWindow).__STORYBOOK_ADDONS_CHANNEL__;
        const errors: string[] = [];
        const onError = (kind: string) => (detail: unknown) => {
          const error = detail as { message?: string; title?: string; description?: string } | undefined;
          errors.push(`${kind}: ${error?.message ?? error?.title ?? JSON.stringify(detail)}${error?.description ? ` ${error.description}` : ''}`);
        };
        const listeners: [string, (payload: unknown) => void][] = [
          ['playFunctionThrewException', onError('play function threw')],
          ['storyThrewException', onError('story threw')],
          ['storyErrored', onError('story errored')],
          ['storyMissing', onError('story missing')],
          ['unhandledErrorsWhilePlaying', onError('unhandled errors while playing')],
        ];
        const finish = () => {
          clearTimeout(timer);
          for (const [name, listener] of listeners) channel.off(name, listener);
          // Two frames: whatever the last render changed is laid out and painted.
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(errors)));
        };
        listeners.push([
          // Asked for the story already on screen: render it again from scratch, play included.
          'storyUnchanged',
          (detail) => {
            if (detail === storyId) channel.emit('forceRemount', { storyId });
          },
        ]);
        listeners.push([
          'storyFinished',
          (detail) => {
            const { storyId: finished, status } = detail as { storyId?: string; status?: string };
            if (finished !== storyId) return;
            // A failing afterEach (the preview's reached-screen check) reports only this status.
            if (status === 'error' && errors.length === 0) errors.push(`story finished with an error: ${document.querySelector('#error-message')?.textContent ?? ''} ${document.querySelector('#error-stack')?.textContent?.slice(0, 600) ?? ''}`);
            finish();
          },
        ]);
        const timer = setTimeout(() => {
          errors.push(`did not finish within ${timeoutMs} ms`);
          finish();
        }, timeoutMs);
        for (const [name, listener] of listeners) channel.on(name, listener);
        channel.emit(event, payload);
      }),
    { storyId, event, payload, timeoutMs },
  );
}

/** Shows a story in the page, runs its play function, and resolves once it has finished. */
export function showStory(page: Page, storyId: string, timeoutMs = 30_000): Promise<string[]> {
  return emitAndWait(page, storyId, 'setCurrentStory', { storyId, viewMode: 'story' }, timeoutMs);
}

/**
 * Changes toolbar globals (locale, theme) of the story on screen. Storybook re-renders it without
 * remounting and without its play function: the state the play function reached stays.
 */
export function updateGlobals(page: Page, storyId: string, globals: Record<string, unknown>, timeoutMs = 15_000): Promise<string[]> {
  return emitAndWait(page, storyId, 'updateGlobals', { globals }, timeoutMs);
}

/** The visible text of the story, to tell whether a locale change reached it. */
export function storyText(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('#storybook-root')?.textContent ?? '');
}
