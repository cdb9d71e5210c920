// Worker entry for 'es'. One entry per locale, so that a host whose bundler inlines a worker's
// dynamic imports (Vite's default worker format) still ships only this locale's dictionaries in it.
import { pack } from './packs/es.js';
import { serveEstimates } from './worker-host.js';

serveEstimates(pack);
