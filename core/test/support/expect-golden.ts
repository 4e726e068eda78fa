import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

/**
 * Returns a golden-file comparer for the folder `dir`: `expectGolden(name, actual)` compares `actual` with
 * `dir/name`. With `UPDATE_GOLDEN=1` it (re)writes the file instead, so a deliberate output change is one command
 * plus a reviewed diff.
 */
export function goldenDir(dir: string): (name: string, actual: string) => void {
  return (name, actual) => {
    const file = path.join(dir, name);
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, actual);
      return;
    }
    if (!existsSync(file)) throw new Error(`golden file ${file} is missing; rerun the test with UPDATE_GOLDEN=1 to create it`);
    expect(actual, `output differs from ${file} (UPDATE_GOLDEN=1 rewrites it)`).toBe(readFileSync(file, 'utf8'));
  };
}
