import path from 'node:path';
import type { NextConfig } from 'next';

const config: NextConfig = {
  // This app is its own project, whatever lockfiles sit in the folders above it.
  turbopack: { root: path.resolve(import.meta.dirname) },
  outputFileTracingRoot: path.resolve(import.meta.dirname),
};

export default config;
