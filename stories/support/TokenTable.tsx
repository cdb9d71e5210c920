import tokensCss from '../../src/styles/tokens.css?raw';

interface TokenRow {
  name: string;
  light: string;
  dark: string | undefined;
}

/** Every `--rk-*` custom property of tokens.css, with its light value and its dark override. */
function readTokens(css: string): TokenRow[] {
  const blocks = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector, body]) => ({ selector: selector!.trim(), body: body! }));
  const declarations = (body: string) =>
    new Map([...body.matchAll(/(--rk-[\w-]+)\s*:\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()]));
  const light = new Map<string, string>();
  const dark = new Map<string, string>();
  for (const { selector, body } of blocks) {
    const target = /dark/.test(selector) ? dark : /data-rk-theme/.test(selector) ? light : null;
    for (const [name, value] of declarations(body)) if (target && !target.has(name)) target.set(name, value);
  }
  return [...light].map(([name, value]) => ({ name, light: value, dark: dark.get(name) }));
}

/** The docs page's table of tokens, read from the shipped stylesheet so it never drifts. */
export function TokenTable() {
  const rows = readTokens(tokensCss);
  return (
    <table>
      <caption>{rows.length} tokens</caption>
      <thead>
        <tr>
          <th scope="col">Custom property</th>
          <th scope="col">Light</th>
          <th scope="col">Dark</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name}>
            <th scope="row">
              <code>{row.name}</code>
            </th>
            <td>
              <code>{row.light}</code>
            </td>
            <td>{row.dark === undefined ? '—' : <code>{row.dark}</code>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
