import { useResetContext } from '../context.js';
import type { ResetTheme } from '../context.js';

/**
 * The provider's colour theme, for markup that uses resetkit's tokens: put it on your root as
 * `data-rk-theme` (the styled components do).
 */
export function useResetTheme(): ResetTheme {
  return useResetContext('useResetTheme').theme;
}
