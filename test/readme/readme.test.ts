// Every ts/tsx block of README.md, as a reader would paste it into a host app: each block its own
// module, type-checked under strict TypeScript against the built package (imported by name, so
// run npm run build first). A failure names the README line.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
// Inside the repository, so `resetkit` resolves to this package by name (its `exports`), and
// react, i18next and the other packages a host would have come from its node_modules.
const dir = path.join(root, '.cache/readme-snippets');

interface Snippet {
  file: string;
  /** The README line of the block's first code line. */
  line: number;
  code: string;
}

function snippets(markdown: string): Snippet[] {
  const found: Snippet[] = [];
  const fence = /^```(tsx?)\n([\s\S]*?)^```$/gm;
  for (let match = fence.exec(markdown); match; match = fence.exec(markdown)) {
    const line = markdown.slice(0, match.index).split('\n').length + 1;
    found.push({ file: `snippet-${found.length + 1}.${match[1]}`, line, code: match[2]! });
  }
  return found;
}

describe('README.md', () => {
  const blocks = snippets(readFileSync(path.join(root, 'README.md'), 'utf8'));

  it('has TypeScript blocks to check', () => {
    expect(blocks.length).toBeGreaterThan(5);
  });

  it('compiles every ts/tsx block under strict TypeScript, as written', async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const block of blocks) writeFileSync(path.join(dir, block.file), `${block.code}\nexport {};\n`);
    // What a bundler's client types (vite/client, next-env.d.ts) declare for a stylesheet import.
    writeFileSync(path.join(dir, 'styles.d.ts'), "declare module '*.css';\n");
    const compilerOptions = {
      target: 'ES2022',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      module: 'esnext',
      moduleResolution: 'bundler',
      jsx: 'react-jsx',
      strict: true,
      isolatedModules: true,
      skipLibCheck: true,
      noEmit: true,
      types: ['node'],
    };
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['*.ts', '*.tsx'] }));

    const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
    const output = await run(process.execPath, [tsc, '-p', dir, '--pretty', 'false'], { cwd: dir }).then(
      () => '',
      (error: { stdout: string }) => error.stdout,
    );
    const problems = output
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const where = /^(snippet-\d+\.tsx?)\((\d+),\d+\): (.*)$/.exec(line);
        const block = where && blocks.find((each) => each.file === where[1]);
        return block ? `README.md:${block.line + Number(where[2]) - 1}: ${where[3]}` : line;
      });
    expect(problems).toEqual([]);
  }, 120_000);
});
