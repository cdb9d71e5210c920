import tokensCss from '../../src/styles/tokens.css?raw';

interface TokenRow {
  name: string;
  light: string;
  dark: string | undefined;
}

/** Every `--rk-*` custom property of tokens.css, with its light and (where it differs) dark value. */
function readTokens(css: string): TokenRow[] {
  return [...css.matchAll(/(--rk-[\w-]+)\s*:\s*([^;]+);/g)].map(([, name, value]) => {
    const schemes = /^(.*)light-dark\((.*), (.*)\)(.*)$/.exec(value!.trim());
    return schemes
      ? { name: name!, light: `${schemes[1]}${schemes[2]}${schemes[4]}`, dark: `${schemes[1]}${schemes[3]}${schemes[4]}` }
      : { name: name!, light: value!.trim(), dark: undefined };
  });
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
