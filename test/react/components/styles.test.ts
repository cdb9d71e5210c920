import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const tokensCss = read('src/styles/tokens.css');
const componentsCss = read('src/styles/components.css');

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** Every rule's selector list and its declarations, descending into @media; @keyframes skipped. */
function rules(css: string): { selector: string; body: string }[] {
  const found: { selector: string; body: string }[] = [];
  const source = withoutComments(css);
  let index = 0;
  const walk = (end: number) => {
    let start = index;
    while (index < end) {
      const char = source[index];
      if (char === '{') {
        const prelude = source.slice(start, index).trim();
        const close = matching(source, index);
        if (prelude.startsWith('@media')) {
          index++;
          walk(close);
        } else if (!prelude.startsWith('@keyframes')) {
          found.push({ selector: prelude, body: source.slice(index + 1, close) });
        }
        index = close + 1;
        start = index;
      } else {
        index++;
      }
    }
  };
  walk(source.length);
  return found;
}

function matching(text: string, open: number): number {
  const pair = text[open] === '{' ? ['{', '}'] : ['(', ')'];
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === pair[0]) depth++;
    else if (text[i] === pair[1] && --depth === 0) return i;
  }
  throw new Error(`Unbalanced ${pair[0]} at ${open}`);
}

function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '(') depth++;
    else if (list[i] === ')') depth--;
    else if (list[i] === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts;
}

function declarations(body: string): Map<string, string> {
  return new Map(
    body
      .split(';')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

describe('components.css', () => {
  const all = rules(componentsCss);

  it('has zero specificity everywhere: each selector is one :where(), a pseudo-element at most after it', () => {
    expect(all.length).toBeGreaterThan(50);
    for (const { selector } of all) {
      for (const single of splitTopLevel(selector)) {
        expect(single, single).toMatch(/^:where\(/);
        const close = matching(single, ':where'.length);
        expect(single.slice(close + 1), single).toMatch(/^(::?before|::?after)?$/);
      }
    }
  });

  it('selects only resetkit data attributes: no classes, ids or element names (bar html for the scroll lock)', () => {
    for (const { selector } of all) {
      const attributes = selector.match(/\[[^\]]*\]/g) ?? [];
      for (const attribute of attributes) {
        expect(attribute, selector).toMatch(/^\[data-(rk-theme|part|scope|state|invalid|pending|disabled|met|valid|visually-hidden|breached|tone|variant|filled|policy|layout|density|surface|presentation|titled)(=("[^"]*"))?\]$/);
      }
      const rest = selector.replace(/\[[^\]]*\]/g, '').replace(/::?[a-z-]+/g, '');
      expect(rest, selector).not.toMatch(/[.#]/);
      expect(rest.replace(/\bhtml\b/g, ''), selector).not.toMatch(/[a-z]/i);
    }
  });

  it('takes every colour, font, radius, shadow and space from a --rk- token', () => {
    const allowedKeywords = /^(transparent|currentColor|inherit|none|0|CanvasText|Highlight)$/;
    for (const { selector, body } of all) {
      for (const [property, value] of declarations(body)) {
        expect(value, `${selector} { ${property} }`).not.toMatch(/#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(|\boklch\(/i);
        if (/^(color|background|background-color|border-color|font-family|border-radius|box-shadow|gap)$/.test(property)) {
          expect(value.startsWith('var(--rk-') || allowedKeywords.test(value), `${selector} { ${property}: ${value} }`).toBe(true);
        }
        for (const used of value.match(/var\((--[a-z0-9-]+)/g) ?? []) {
          const name = used.slice(4);
          expect(name, selector).toMatch(/^--rk-/);
          expect(tokensCss, `${name} is declared`).toContain(`${name}:`);
        }
      }
    }
  });

  it('uses logical properties only, so right-to-left layouts mirror', () => {
    for (const { selector, body } of all) {
      for (const property of declarations(body).keys()) {
        expect(property, selector).not.toMatch(/^(margin|padding|border)-(left|right|top|bottom)|^(left|right|top|bottom|width|height|min-width|max-width|min-height|max-height)$/);
      }
      expect(body, selector).not.toMatch(/\b(text-align|float|clear):\s*(left|right)\b/);
      expect(body, selector).not.toMatch(/translate(X)?\(/);
    }
  });

  it('stops motion for members who ask for less of it', () => {
    const reduced = withoutComments(componentsCss).split('@media (prefers-reduced-motion: reduce)')[1] ?? '';
    expect(reduced).toContain('--rk-duration-fast: 0ms');
    expect(reduced).toMatch(/\[data-part="spinner"\]\)\s*\{\s*animation: none/);
  });

  it('is imported, tokens first, by the styles.css entry', () => {
    expect(read('src/styles/index.css')).toMatch(/@import "\.\/tokens\.css";\s*@import "\.\/components\.css";/);
  });
});

describe('tokens.css', () => {
  const colours = (selector: string, css = tokensCss) => {
    const start = css.indexOf(`${selector} {`);
    expect(start, selector).toBeGreaterThanOrEqual(0);
    const block = css.slice(start, matching(css, css.indexOf('{', start)));
    return Object.fromEntries([...block.matchAll(/(--rk-[a-z0-9-]+):\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()]));
  };
  const tokens = colours(':where([data-rk-theme])');
  // `light-dark(a, b)`, where only a colour may differ (a shadow's offsets stay the same).
  const scheme = (which: 1 | 2) =>
    Object.fromEntries(
      Object.entries(tokens).map(([name, value]) => {
        const schemes = /^(.*)light-dark\((.*), (.*)\)(.*)$/.exec(value);
        return [name, schemes ? `${schemes[1]}${schemes[which + 1]}${schemes[4]}` : value];
      }),
    );
  const light = scheme(1);
  const dark = scheme(2);

  it('has the token set a design team expects', () => {
    for (const name of [
      '--rk-color-primary',
      '--rk-color-primary-text',
      '--rk-color-background',
      '--rk-color-text',
      '--rk-color-danger',
      '--rk-color-success',
      '--rk-color-input-border',
      '--rk-color-focus-ring',
      '--rk-font-family',
      '--rk-font-size-md',
      '--rk-font-weight-bold',
      '--rk-radius-md',
      '--rk-space-4',
      '--rk-shadow-lg',
      '--rk-focus-ring',
      '--rk-duration-fast',
    ]) {
      expect(tokens[name], name).toBeDefined();
    }
  });

  it('gives every colour a dark value, and lets the themes pick only the colour scheme', () => {
    const colourTokens = Object.keys(tokens).filter((name) => name.startsWith('--rk-color-') && !tokens[name]!.startsWith('var('));
    expect(colourTokens.filter((name) => !tokens[name]!.startsWith('light-dark('))).toEqual([]);
    // theme="dark" and theme="system" declare no token of their own: nothing to drift apart.
    for (const [selector, scheme] of [
      [':where([data-rk-theme="dark"])', 'dark'],
      [':where([data-rk-theme="system"])', 'light dark'],
    ] as const) {
      const start = tokensCss.indexOf(`${selector} {`);
      const block = tokensCss.slice(start, matching(tokensCss, tokensCss.indexOf('{', start)));
      expect(block).toContain(`color-scheme: ${scheme};`);
      expect(block).not.toMatch(/--rk-/);
    }
    expect(tokensCss).not.toMatch(/@media \(prefers-color-scheme/);
  });

  const luminance = (hex: string) => {
    const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (high + 0.05) / (low + 0.05);
  };
  // Text on the surfaces it is drawn on (4.5:1), and controls and the meter against theirs (3:1).
  const text: [string, string][] = [
    ['text', 'background'],
    ['text', 'surface'],
    ['text', 'surface-raised'],
    ['text-muted', 'background'],
    ['text-muted', 'surface-raised'],
    ['input-text', 'input-background'],
    ['primary-text', 'primary'],
    ['primary-text', 'primary-hover'],
    ['secondary-text', 'secondary'],
    ['secondary-text', 'secondary-hover'],
    ['link', 'background'],
    ['link', 'surface-raised'],
    ['link-hover', 'background'],
    ['danger', 'background'],
    ['danger', 'surface-raised'],
    ['danger-text', 'danger-surface'],
    ['warning-text', 'background'],
    ['warning-text', 'surface-raised'],
    ['success', 'background'],
    ['success', 'surface-raised'],
    ['success-text', 'background'],
    ['success-text', 'surface-raised'],
    ['badge-text', 'badge-background'],
    ['disabled-text', 'disabled-background'],
  ];
  const nonText: [string, string][] = [
    ['input-border', 'input-background'],
    ['input-border', 'surface-raised'],
    ['input-border-invalid', 'input-background'],
    ['focus-ring', 'background'],
    ['focus-ring', 'surface-raised'],
    ...[0, 1, 2, 3, 4].flatMap((band): [string, string][] => [
      [`strength-${band}`, 'meter-track'],
      [`strength-${band}`, 'background'],
      [`strength-${band}`, 'surface-raised'],
    ]),
  ];

  for (const [name, theme] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it(`meets WCAG AA contrast in the ${name} theme`, () => {
      const colour = (token: string) => theme[`--rk-color-${token}`]!;
      for (const [fg, bg] of text) expect(contrast(colour(fg), colour(bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      for (const [fg, bg] of nonText) expect(contrast(colour(fg), colour(bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(3);
    });
  }
});

describe('component sources', () => {
  const files = (dir: string): string[] =>
    readdirSync(path.join(root, dir)).flatMap((name) => {
      const file = path.join(dir, name);
      return statSync(path.join(root, file)).isDirectory() ? files(file) : [file];
    });
  const sources = files('src/react/components').filter((file) => /\.tsx?$/.test(file));

  it('set no inline style, inject no HTML and log nothing', () => {
    for (const file of sources) {
      const source = read(file);
      expect(source, file).not.toMatch(/\bstyle=\{|\bstyle:\s*\{|dangerouslySetInnerHTML|console\.log|\.style\./);
    }
  });

  it('never import the adapter layer or the strength dictionaries', () => {
    for (const file of sources) {
      for (const [, from] of read(file).matchAll(/from '([^']+)'/g)) {
        expect(from, file).not.toMatch(/adapters|strength\/packs|@zxcvbn-ts/);
      }
    }
  });
});
