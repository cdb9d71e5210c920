import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const FRAMEWORKS = /from\s+['"](react|react-dom|i18next|react-i18next|@radix-ui\/[^'"]+)(\/[^'"]*)?['"]|import\(\s*['"](react|react-dom|i18next)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : /\.tsx?$/.test(name) ? [file] : [];
  });
}

describe('src/core stays framework-free', () => {
  const files = sourceFiles('src/core');

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s imports no UI framework or i18next', (file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(FRAMEWORKS);
  });

  it('the pattern catches a framework import', () => {
    expect("import { useState } from 'react';").toMatch(FRAMEWORKS);
    expect("import i18next from 'i18next';").toMatch(FRAMEWORKS);
    expect("import { x } from './react-like.js';").not.toMatch(FRAMEWORKS);
  });
});
