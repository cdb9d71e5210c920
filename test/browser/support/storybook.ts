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

interface IndexEntry {
  type: 'story' | 'docs';
  title: string;
  tags?: string[];
}

/** Storybook's index.json: what `storybook build` writes, and what `storybook dev` serves. */
export interface StorybookIndex {
  entries: Record<string, IndexEntry>;
}

async function readIndex(outDir: string): Promise<StorybookIndex> {
  return JSON.parse(await readFile(path.join(outDir, 'index.json'), 'utf8')) as StorybookIndex;
}

/** Every story (not docs entry) of the build, in index order. */
export async function storyIds(outDir: string): Promise<string[]> {
  return Object.entries((await readIndex(outDir)).entries)
    .filter(([, entry]) => entry.type === 'story')
    .map(([id]) => id);
}

/** A docs page and the stories it shows (an autodocs page: its component's). */
export interface DocsEntry {
  id: string;
  stories: string[];
}

/** Every docs page of an index, in index order. */
export function docsPagesOf(index: StorybookIndex): DocsEntry[] {
  const entries = Object.entries(index.entries);
  return entries
    .filter(([, entry]) => entry.type === 'docs')
    .map(([id, docs]) => ({
      id,
      stories: docs.tags?.includes('autodocs') ? entries.filter(([, entry]) => entry.type === 'story' && entry.title === docs.title).map(([storyId]) => storyId) : [],
    }));
}

/** Every docs page of the build, in index order. */
export async function docsEntries(outDir: string): Promise<DocsEntry[]> {
  return docsPagesOf(await readIndex(outDir));
}

/**
 * React's act() warnings: Storybook declares an act environment for play functions, so a timer a
 * story legitimately keeps running (a resend countdown) warns once the play function is over. No
 * product page declares one; every other console error still fails the story.
 */
export const ACT_ENVIRONMENT_WARNING = /not wrapped in act\(|suspended inside an `act` scope/;

interface PreviewWindow {
  __STORYBOOK_ADDONS_CHANNEL__: {
    on(event: string, listener: (payload: unknown) => void): void;
    off(event: string, listener: (payload: unknown) => void): void;
    emit(event: string, payload: unknown): void;
  };
  __STORYBOOK_PREVIEW__?: { currentRender?: { id?: string; phase?: string } };
}

interface DocsRecord {
  /** How each story finished its last render ('success' or 'error'), by id. */
  finished: Record<string, string>;
  /** The docs pages rendered so far, by id. */
  docs: string[];
}

/** A page with `recordDocsRenders` installed. */
interface RecordingWindow extends PreviewWindow {
  __resetkitDocsRecord: DocsRecord;
}

/**
 * An init script (`page.addInitScript`): records, from the moment Storybook creates its channel,
 * which stories finished and which docs pages rendered. A docs page renders its stories in place,
 * each with its own loaders and play function, and tells nobody when the last one is done.
 */
export function recordDocsRenders(): void {
  const record: DocsRecord = { finished: {}, docs: [] };
  let channel: PreviewWindow['__STORYBOOK_ADDONS_CHANNEL__'] | undefined;
  Object.defineProperty(window, '__resetkitDocsRecord', { value: record });
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value: PreviewWindow['__STORYBOOK_ADDONS_CHANNEL__']) {
      channel = value;
      value.on('storyFinished', (detail) => {
        const { storyId, status } = detail as { storyId: string; status: string };
        record.finished[storyId] = status;
      });
      value.on('docsRendered', (id) => record.docs.push(String(id)));
    },
  });
}

/**
 * Shows a docs page (the one the page opened with, or another through the channel) and resolves
 * once it and each of `stories` have finished, play functions included. Returns what went wrong:
 * a story that finished with an error, or one shown as an error in place of the story.
 */
export async function showDocs(page: Page, docs: DocsEntry, { navigate = true, timeoutMs = 90_000 } = {}): Promise<string[]> {
  if (navigate) {
    await page.evaluate((id) => {
      const record = (window as unknown as RecordingWindow).__resetkitDocsRecord;
      record.finished = {};
      record.docs = [];
      (window as unknown as PreviewWindow).__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: 'docs' });
    }, docs.id);
  }
  try {
    await page.waitForFunction(
      ({ id, stories }) => {
        const record = (window as unknown as RecordingWindow).__resetkitDocsRecord;
        return record.docs.includes(id) && stories.every((story) => story in record.finished);
      },
      docs,
      { timeout: timeoutMs, polling: 100 },
    );
  } catch {
    const unfinished = await page.evaluate(
      (stories) => stories.filter((story) => !((window as unknown as RecordingWindow).__resetkitDocsRecord.finished[story])),
      docs.stories,
    );
    // A story in a frame of its own (`docs.story.inline: false`) reports to that frame, never here.
    return [`did not finish within ${timeoutMs} ms${unfinished.length > 0 ? `: ${unfinished.join(', ')}` : ''}`];
  }
  // Two frames: whatever the last render changed is laid out and painted.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate((stories) => {
    const { finished } = (window as unknown as RecordingWindow).__resetkitDocsRecord;
    const failed = stories.filter((story) => finished[story] !== 'success').map((story) => `${story} finished with "${finished[story]}"`);
    // Storybook shows a story's error in its block, in place of the story.
    const shownErrors = [...document.querySelectorAll('#storybook-docs [data-story-block] > pre')].map(
      (block) => `${block.parentElement?.id ?? 'a story'} shows an error: ${(block.textContent ?? '').slice(0, 300)}`,
    );
    return [...failed, ...shownErrors];
  }, docs.stories);
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
