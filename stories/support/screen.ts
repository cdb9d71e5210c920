// Kept free of Storybook's imports: the e2e sweep (test/browser/storybook-a11y.e2e.test.ts) uses
// it in Node, and runs `missingMarks` inside the page.
import type { MessageKey, Translate } from '../../src/react/i18n.js';

/**
 * One sign that a story shows the screen it is about: one of resetkit's strings (translated into
 * the story's locale), a literal text (a hook story's state), or an element (a component's
 * `data-state`, an alert's `data-code`).
 */
export type ScreenMark = MessageKey | { key: MessageKey; values: Record<string, unknown> } | { text: string } | { selector: string };

/** `parameters.screen`: what must be on screen once the story's play function is over. */
export type ScreenParameter = readonly ScreenMark[];

/** The marks as plain texts and selectors, to look for in a page (here or from the e2e sweep). */
export function resolveScreen(marks: ScreenParameter, t: Translate): { texts: string[]; selectors: string[] } {
  const texts: string[] = [];
  const selectors: string[] = [];
  for (const mark of marks) {
    if (typeof mark === 'string') texts.push(t(mark));
    else if ('key' in mark) texts.push(t(mark.key, mark.values));
    else if ('text' in mark) texts.push(mark.text);
    else selectors.push(mark.selector);
  }
  return { texts, selectors };
}

/**
 * The marks missing from the page, or from one story of a docs page (`root`); a dialog is portaled
 * out of its story, so the page's other top-level elements count too. Scripts are left out.
 * Self-contained, so that Playwright can run it in a page as it is.
 */
export function missingMarks({ texts, selectors }: { texts: string[]; selectors: string[] }, root?: Element): string[] {
  const pageParts = [...document.body.children].filter((element) => !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(element.tagName));
  // Storybook's own roots hold the other stories of a docs page.
  const scopes = root ? [root, ...pageParts.filter((element) => !['storybook-root', 'storybook-docs'].includes(element.id))] : pageParts;
  const shown = scopes.map((element) => element.textContent ?? '').join('\n');
  const present = (selector: string) => scopes.some((scope) => scope.matches(selector) || scope.querySelector(selector) !== null);
  return [
    ...texts.filter((text) => !shown.includes(text)).map((text) => `text "${text}"`),
    ...selectors.filter((selector) => !present(selector)).map((selector) => `element ${selector}`),
  ];
}
