import { useEffect, useState } from 'react';
import { addons } from 'storybook/preview-api';
import componentsCss from '../../src/styles/components.css?raw';
import tokensCss from '../../src/styles/tokens.css?raw';

interface TokenRow {
  name: string;
  light: string;
  dark: string | undefined;
  /** What reads the token: component parts (with the property), or other tokens. */
  usedBy: string[];
}

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** Rules of a stylesheet as selector and body, comments left out (no nesting in ours). */
function rules(css: string): { selector: string; body: string }[] {
  return [...withoutComments(css).matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector, body]) => ({ selector: selector!.trim(), body: body! }));
}

/** For each token, the parts of components.css that read it, e.g. `heading (font-size)`. */
function usages(): Map<string, Set<string>> {
  const used = new Map<string, Set<string>>();
  for (const { selector, body } of rules(componentsCss)) {
    const parts = [...new Set([...selector.matchAll(/data-(?:part|scope)="([\w-]+)"/g)].map(([, part]) => part!))];
    for (const [, property, value] of body.matchAll(/([\w-]+)\s*:\s*([^;]+);/g)) {
      for (const [, token] of value!.matchAll(/var\((--rk-[\w-]+)/g)) {
        const set = used.get(token!) ?? new Set<string>();
        set.add(`${parts.join(' ') || 'every part'} (${property})`);
        used.set(token!, set);
      }
    }
  }
  return used;
}

/** Every `--rk-*` token declared in tokens.css (declarations only, not the example in its comment). */
function readTokens(): TokenRow[] {
  const used = usages();
  const rows = new Map<string, TokenRow>();
  for (const { body } of rules(tokensCss)) {
    for (const [, name, raw] of body.matchAll(/(--rk-[\w-]+)\s*:\s*([^;]+);/g)) {
      const value = raw!.trim().replace(/\s+/g, ' ');
      const schemes = /^(.*)light-dark\((.*), (.*)\)(.*)$/.exec(value);
      rows.set(name!, {
        name: name!,
        light: schemes ? `${schemes[1]}${schemes[2]}${schemes[4]}` : value,
        dark: schemes ? `${schemes[1]}${schemes[3]}${schemes[4]}` : undefined,
        usedBy: [...(used.get(name!) ?? [])],
      });
      // A token built from others (the focus ring's shadow) styles what they style.
      for (const [, inner] of value.matchAll(/var\((--rk-[\w-]+)/g)) used.set(inner!, (used.get(inner!) ?? new Set()).add(`via ${name}`));
    }
  }
  for (const row of rows.values()) row.usedBy = [...(used.get(row.name) ?? [])];
  return [...rows.values()];
}

const isColour = (row: TokenRow) => /^--rk-color-/.test(row.name);

/** The toolbar's theme, followed while the docs page is open. */
function useToolbarTheme(): string {
  const [theme, setTheme] = useState('light');
  useEffect(() => {
    const channel = addons.getChannel();
    const pick = (payload: unknown) => {
      const globals = (payload as { globals?: Record<string, unknown> } | undefined)?.globals;
      if (typeof globals?.['theme'] === 'string') setTheme(globals['theme']);
    };
    pick(channel.last('globalsUpdated')?.[0] ?? channel.last('setGlobals')?.[0]);
    channel.on('globalsUpdated', pick);
    return () => channel.off('globalsUpdated', pick);
  }, []);
  return theme;
}

/** One swatch rule per colour token: each reads the real token, so a theme's override shows. */
const swatchCss = (rows: TokenRow[]) =>
  rows
    .filter(isColour)
    .map((row) => `.rk-token-swatch[data-token="${row.name}"] { background: var(${row.name}); }`)
    .join('\n');

function Swatch({ name }: { name: string }) {
  return <span className="rk-token-swatch" data-token={name} aria-hidden="true" />;
}

/**
 * The docs page's table of tokens, read from the shipped stylesheets so it never drifts: each
 * token's light and dark value (with swatches), its value in the toolbar's theme, and the parts
 * of the components that read it.
 */
export function TokenTable() {
  const rows = readTokens();
  const theme = useToolbarTheme();
  // The brand theme is overrides on top of light (stories/support/story.css), shown in its stories.
  const current = theme === 'dark' ? 'dark' : 'light';
  return (
    <>
      <style>{swatchCss(rows)}</style>
      <p>
        {rows.length} tokens, {rows.filter(isColour).length} of them colours. The fourth column follows the toolbar’s theme (now{' '}
        <strong>{theme}</strong>).
      </p>
      <table className="rk-token-table">
        <thead>
          <tr>
            <th scope="col">Custom property</th>
            <th scope="col">Light</th>
            <th scope="col">Dark</th>
            <th scope="col">In the toolbar’s theme</th>
            <th scope="col">Styles</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">
                <code>{row.name}</code>
              </th>
              <td data-rk-theme="light">
                {isColour(row) && <Swatch name={row.name} />}
                <code>{row.light}</code>
              </td>
              <td data-rk-theme="dark">
                {isColour(row) && <Swatch name={row.name} />}
                {row.dark === undefined ? <span>same</span> : <code>{row.dark}</code>}
              </td>
              <td data-rk-theme={current}>
                {isColour(row) ? <Swatch name={row.name} /> : <code>{current === 'dark' && row.dark ? row.dark : row.light}</code>}
              </td>
              <td>{row.usedBy.length === 0 ? '—' : row.usedBy.join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
