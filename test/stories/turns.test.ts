// @vitest-environment jsdom
// Play functions on a docs page (stories/support/turns.ts): they take turns, and while one plays,
// only its own story moves focus. And every story's play function is one that takes its turn.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inTurn, keepDocsFocusInTurn } from '../../stories/support/turns.js';

const storiesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../stories');

interface FakeContext {
  viewMode: 'docs' | 'story';
  canvasElement: HTMLElement;
  abortSignal: AbortSignal;
}

/** A story element in a fake docs page, and its render's abort controller. */
function storyIn(docs: HTMLElement, viewMode: FakeContext['viewMode'] = 'docs') {
  const canvasElement = document.createElement('div');
  canvasElement.append(document.createElement('input'));
  docs.append(canvasElement);
  const controller = new AbortController();
  return { context: { viewMode, canvasElement, abortSignal: controller.signal } satisfies FakeContext, controller };
}

function docsPage(): HTMLElement {
  document.body.replaceChildren();
  const docs = document.createElement('div');
  docs.id = 'storybook-docs';
  document.body.append(docs);
  return docs;
}

/** A play function that records when it starts and ends, and waits for `release` in between. */
function recordingPlay(log: string[], name: string, release: Promise<void>, fails = false) {
  return async () => {
    log.push(`${name} start`);
    await release;
    log.push(`${name} end`);
    if (fails) throw new Error(`${name} failed`);
  };
}

function gate(): { promise: Promise<void>; open(): void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('inTurn', () => {
  it('runs the play functions of a docs page one after another, in the order they asked', async () => {
    const docs = docsPage();
    const log: string[] = [];
    const [first, second] = [gate(), gate()];
    const a = inTurn(recordingPlay(log, 'a', first.promise))(storyIn(docs).context);
    const b = inTurn(recordingPlay(log, 'b', second.promise))(storyIn(docs).context);
    await settle();
    expect(log).toEqual(['a start']);
    second.open();
    await settle();
    expect(log).toEqual(['a start']);
    first.open();
    await Promise.all([a, b]);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end']);
  });

  it('runs a play function at once on a story of its own', async () => {
    const docs = docsPage();
    const log: string[] = [];
    const held = gate();
    const waiting = inTurn(recordingPlay(log, 'docs', held.promise))(storyIn(docs).context);
    try {
      await inTurn(recordingPlay(log, 'story', Promise.resolve()))(storyIn(docs, 'story').context);
      // Done, while the docs page's play function still holds its turn.
      expect(log).toEqual(['story start', 'docs start', 'story end']);
    } finally {
      held.open();
      await waiting;
    }
  });

  it('hands the turn on when a play function fails, and still reports its failure', async () => {
    const docs = docsPage();
    const log: string[] = [];
    const failing = inTurn(recordingPlay(log, 'a', Promise.resolve(), true))(storyIn(docs).context);
    const next = inTurn(recordingPlay(log, 'b', Promise.resolve()))(storyIn(docs).context);
    await expect(failing).rejects.toThrow('a failed');
    await next;
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end']);
  });

  it('hands the turn on when a story is torn down mid-play, and skips one torn down while waiting', async () => {
    const docs = docsPage();
    const log: string[] = [];
    const never = gate();
    const playing = storyIn(docs);
    const waiting = storyIn(docs);
    void inTurn(recordingPlay(log, 'torn down mid-play', never.promise))(playing.context);
    const skipped = inTurn(recordingPlay(log, 'torn down while waiting', Promise.resolve()))(waiting.context);
    const last = inTurn(recordingPlay(log, 'last', Promise.resolve()))(storyIn(docs).context);
    await settle();
    waiting.controller.abort();
    waiting.context.canvasElement.remove();
    playing.controller.abort();
    await Promise.all([skipped, last]);
    expect(log).toEqual(['torn down mid-play start', 'last start', 'last end']);
    never.open();
  });
});

describe('keepDocsFocusInTurn', () => {
  // What reaches the browser's own focus(): which element, with which options.
  const asked: { element: HTMLElement; options: FocusOptions | undefined }[] = [];
  const browserFocus = HTMLElement.prototype.focus;
  beforeAll(() => {
    HTMLElement.prototype.focus = function (this: HTMLElement, options?: FocusOptions) {
      asked.push({ element: this, options });
      browserFocus.call(this, options);
    };
    keepDocsFocusInTurn();
  });
  afterAll(() => {
    HTMLElement.prototype.focus = browserFocus;
  });
  beforeEach(() => {
    asked.length = 0;
  });

  it('lets only the playing story of a docs page take focus', async () => {
    const docs = docsPage();
    const playing = storyIn(docs).context;
    const other = storyIn(docs).context;
    const [mine, theirs] = [playing, other].map((context) => context.canvasElement.querySelector('input')!);
    const held = gate();
    const play = inTurn(async () => {
      mine!.focus();
      // A story that mounts meanwhile (a link opening on its password field) keeps its hands off.
      theirs!.focus();
      await held.promise;
    })(playing);
    await settle();
    expect(document.activeElement).toBe(mine);
    expect(asked.map(({ element }) => element)).toEqual([mine]);
    held.open();
    await play;
    // Nobody plays: any story may take focus again.
    theirs!.focus();
    expect(document.activeElement).toBe(theirs);
  });

  it('takes focus without scrolling on a docs page, and as asked outside it (a portaled dialog, a story of its own)', () => {
    const docs = docsPage();
    const inDocs = storyIn(docs).context.canvasElement.querySelector('input')!;
    const outside = document.createElement('button');
    document.body.append(outside);
    inDocs.focus({ focusVisible: true } as FocusOptions);
    outside.focus();
    expect(asked).toEqual([
      { element: inDocs, options: { focusVisible: true, preventScroll: true } },
      { element: outside, options: undefined },
    ]);
    expect(document.activeElement).toBe(outside);
  });
});

describe('the stories', () => {
  it('give every play function its turn on a docs page', () => {
    const files = readdirSync(storiesDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.stories.tsx'));
    expect(files.length).toBeGreaterThan(10);
    const unwrapped = files.flatMap((file) =>
      readFileSync(path.join(storiesDir, file), 'utf8')
        .split('\n')
        .map((line, index) => ({ line, where: `${file}:${index + 1}` }))
        // Either its own play function, in turn, or another story's (which is).
        .filter(({ line }) => /\bplay:/.test(line) && !/\bplay: inTurn\(/.test(line) && !/\bplay: \w+\.play\b/.test(line))
        .map(({ where, line }) => `${where}: ${line.trim()}`),
    );
    expect(unwrapped).toEqual([]);
  });
});
