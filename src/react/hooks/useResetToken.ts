import { useMemo, useRef, useState } from 'react';
import { type ResetLinkToken, type ResetTokenType, readResetToken, stripResetToken } from '../../core/index.js';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';

export interface UseResetTokenOptions {
  /**
   * The URL to read instead of the address bar, read during render: the same on the server and
   * in the browser, so a server-rendered page can pass the link it was requested with (in Next.js,
   * built from the page's `searchParams`). The address bar is then left alone.
   */
  url?: string;
  /**
   * Remove `token` and `stytch_token_type` from the address bar with `history.replaceState`
   * (default true): a token left there leaks through history, bookmarks and the Referer header.
   * Only when the token was read from the address bar (no `url`).
   */
  strip?: boolean;
}

export interface UseResetTokenResult {
  /** The reset token, kept only in memory, or null when the page was not opened from a link. */
  token: string | null;
  /** Which flow issued it: `multi_tenant_passwords` (organization) or `discovery`. */
  tokenType: ResetTokenType | null;
  /**
   * False until the link has been read. The address bar is read after mount, before the first
   * paint: on the server and in the render that hydrates its markup there is no token yet, so
   * show a neutral state rather than the screen for a page opened without a link. Always true
   * with `url`.
   */
  ready: boolean;
}

function read(href: string): ResetLinkToken | null {
  try {
    return readResetToken(href);
  } catch {
    // Not a URL: nothing to read.
    return null;
  }
}

/**
 * Reads the reset token of the emailed link once, and takes it out of the address bar.
 * SSR-safe: the server and the first browser render see `ready: false` and no token, so their
 * markup matches; the address bar is read in a layout effect, before the browser paints.
 */
export function useResetToken({ url, strip = true }: UseResetTokenOptions = {}): UseResetTokenResult {
  const given = useMemo(() => (url === undefined ? undefined : read(url)), [url]);
  // undefined: not read yet. A ref keeps the first reading: Strict Mode runs the effect twice,
  // and the second run would find the address bar already stripped.
  const fromAddressBar = useRef<ResetLinkToken | null | undefined>(undefined);
  const [addressBar, setAddressBar] = useState<ResetLinkToken | null | undefined>(undefined);
  useIsomorphicLayoutEffect(() => {
    if (url !== undefined) return;
    if (fromAddressBar.current === undefined) {
      const href = window.location.href;
      fromAddressBar.current = read(href);
      const stripped = strip && fromAddressBar.current ? stripResetToken(href) : href;
      if (stripped !== href) window.history.replaceState(window.history.state, '', stripped);
    }
    setAddressBar(fromAddressBar.current);
  }, [url, strip]);
  const link = url === undefined ? addressBar : given;
  return { token: link?.token ?? null, tokenType: link?.tokenType ?? null, ready: link !== undefined };
}
