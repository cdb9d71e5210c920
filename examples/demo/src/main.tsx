// The demo app's entry: resetkit imported as a product team imports it, through the package's
// entry points (the Vite config resolves them to the built dist/).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'resetkit/styles.css';
import './demo.css';
import { App } from './App.js';
import { createHttpBackend, createMemoryBackend } from './backend.js';

const params = new URLSearchParams(window.location.search);
const backend =
  params.get('backend') === 'http'
    ? createHttpBackend()
    : createMemoryBackend({ rateLimit: params.get('rateLimit'), latencyMs: Number(params.get('latency') ?? 250) });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App backend={backend} />
  </StrictMode>,
);
