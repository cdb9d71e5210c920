/** @vitest-environment node */
// On a real server there is no window, no document and no address bar: the hook renders "not
// read yet", which is what the first browser render must also show for hydration to match.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { type UseResetTokenResult, useResetToken } from '../../../src/react/index.js';

describe('useResetToken on the server', () => {
  it('renders no token and not ready, without touching a browser global or warning', () => {
    expect(typeof window).toBe('undefined');
    const seen: UseResetTokenResult[] = [];
    function Probe() {
      seen.push(useResetToken());
      return null;
    }
    renderToString(createElement(Probe));
    expect(seen).toEqual([{ token: null, tokenType: null, ready: false }]);
  });

  it('reads a given URL during render, the same on the server as in the browser', () => {
    let seen: UseResetTokenResult | undefined;
    function Probe() {
      seen = useResetToken({ url: 'https://app.test/reset?token=t1&stytch_token_type=discovery' });
      return null;
    }
    renderToString(createElement(Probe));
    expect(seen).toEqual({ token: 't1', tokenType: 'discovery', ready: true });
  });
});
