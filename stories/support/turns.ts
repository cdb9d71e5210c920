// Play functions on a docs page. A docs page renders all of its stories at once; with
// `docs.story.autoplay`, their play functions would run at once too, each typing into whichever
// field last took focus, while stories that mount later (a link opens on its password field) take
// focus in the middle of someone else's typing. Here they take turns, and while one plays, only its
// own story may move focus.
import type { StoryContext } from '@storybook/react-vite';

// The play function that has the keyboard now; the next one starts once it settles.
let turn: Promise<void> = Promise.resolve();
// The story element of the play function running on a docs page, if any.
let playing: Element | null = null;

/** A play function that waits its turn on a docs page; on a story's own page it runs at once. */
export function inTurn<Context extends Pick<StoryContext, 'viewMode' | 'canvasElement' | 'abortSignal'>>(
  play: (context: Context) => Promise<void>,
): (context: Context) => Promise<void> {
  return (context) => {
    if (context.viewMode !== 'docs') return play(context);
    const mine = turn.then(async () => {
      // Left the docs page (or re-rendered the story) while waiting: nothing to play on.
      if (context.abortSignal.aborted || !context.canvasElement.isConnected) return;
      playing = context.canvasElement;
      try {
        await play(context);
      } finally {
        // Unless a story torn down mid-play ends only now, while another one plays.
        if (playing === context.canvasElement) playing = null;
      }
    });
    // A story torn down mid-play hands the turn on; so does one whose play function failed.
    const aborted = new Promise<void>((resolve) => context.abortSignal.addEventListener('abort', () => resolve(), { once: true }));
    turn = Promise.race([mine, aborted]).catch(() => undefined);
    return mine;
  };
}

/**
 * Focus on a docs page: a story takes focus without scrolling the page to itself (a reader stays
 * where they are reading), and not at all while another story's play function is typing. On a
 * story's own page, and in a dialog portaled out of the docs, focus is as in an app.
 */
export function keepDocsFocusInTurn(): void {
  const focus = HTMLElement.prototype.focus;
  HTMLElement.prototype.focus = function (this: HTMLElement, options?: FocusOptions) {
    if (!this.closest('#storybook-docs')) return focus.call(this, options);
    if (playing && !playing.contains(this)) return;
    focus.call(this, { ...options, preventScroll: true });
  };
}
