import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('the weight of an app that renders ResetFlow', () => {
  it('loads at most 38 KB of gzipped JavaScript up front (React excluded), and no strength dictionary', () => {
    const run = spawnSync(process.execPath, ['scripts/bundle-size.mjs', '--json'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as {
      ok: boolean;
      budgetBytes: number;
      initialGzipBytes: number;
      dictionariesInInitial: string[];
      lazy: { file: string }[];
    };
    expect(report.dictionariesInInitial).toEqual([]);
    expect(report.initialGzipBytes).toBeLessThanOrEqual(38 * 1024);
    // The dictionaries exist, as chunks of their own loaded on demand.
    expect(report.lazy.length).toBeGreaterThan(0);
    expect(report.ok).toBe(true);
  }, 120_000);
});
