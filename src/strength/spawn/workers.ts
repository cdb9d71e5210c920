import type { ResetLocale } from '../../core/types.js';

// Each branch is the standard `new Worker(new URL(path, import.meta.url), { type: 'module' })`
// that a host's bundler (Vite, webpack 5, Parcel) turns into a same-origin worker file of its own:
// no blob: or data: URL, nothing a strict CSP (script-src 'self') refuses. This module is only
// ever loaded with import(), so the library build emits it as a chunk of its own in dist/chunks/,
// whichever entries share the estimator: '../' reaches the worker entries
// dist/strength-worker-<locale>.js from there, as it reaches the sources in development. (The
// library build leaves these URLs to the host: see keepWorkerUrls in vite.config.ts.)
/** Starts the strength worker of `locale`. */
export function spawnWorker(locale: ResetLocale): Worker {
  switch (locale) {
    case 'en':
      return new Worker(new URL('../strength-worker-en.js', import.meta.url), { type: 'module' });
    case 'es':
      return new Worker(new URL('../strength-worker-es.js', import.meta.url), { type: 'module' });
    case 'fr':
      return new Worker(new URL('../strength-worker-fr.js', import.meta.url), { type: 'module' });
    case 'pt-br':
      return new Worker(new URL('../strength-worker-pt-br.js', import.meta.url), { type: 'module' });
  }
}
