import axe from 'axe-core';

/**
 * Runs axe-core on a rendered container and returns its violations (rule id, impact, the
 * offending markup), ready for `expect(...).toEqual([])`. Colour contrast needs layout and
 * computed colours jsdom does not have; the browser tests and Storybook's a11y run check it.
 */
export async function axeViolations(container: Element): Promise<{ id: string; impact: string | null | undefined; nodes: string[] }[]> {
  // axe measures icon ligatures on a canvas, which jsdom lacks (it prints "Not implemented");
  // without one axe simply skips that heuristic.
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof getContext;
  try {
    const results = await axe.run(container, {
      rules: { 'color-contrast': { enabled: false } },
      resultTypes: ['violations'],
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.map((node) => node.html),
    }));
  } finally {
    HTMLCanvasElement.prototype.getContext = getContext;
  }
}
