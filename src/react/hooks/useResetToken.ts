import { useEffect, useState } from 'react';
import { type ResetLinkToken, type ResetTokenType, readResetToken, stripResetToken } from '../../core/index.js';

export interface UseResetTokenOptions {
  /** The URL to read; defaults to the page's address. */
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
}

function readOnce(url: string | undefined): ResetLinkToken | null {
  const href = url ?? (typeof window === 'undefined' ? undefined : window.location.href);
  if (!href) return null;
  try {
    return readResetToken(href);
  } catch {
    // Not a URL: nothing to read.
    return null;
  }
}

/** Reads the reset token of the emailed link once, and takes it out of the address bar. */
export function useResetToken({ url, strip = true }: UseResetTokenOptions = {}): UseResetTokenResult {
  const [link] = useState(() => readOnce(url));
  useEffect(() => {
    if (!strip || !link || url !== undefined || typeof window === 'undefined') return;
    const stripped = stripResetToken(window.location.href);
    if (stripped !== window.location.href) window.history.replaceState(window.history.state, '', stripped);
  }, [strip, link, url]);
  return { token: link?.token ?? null, tokenType: link?.tokenType ?? null };
}
