import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const GOLDEN_DIR = fileURLToPath(new URL('./golden/', import.meta.url));

/**
 * Compares `actual` with `golden/<name>`. With `UPDATE_GOLDEN=1` it (re)writes the file instead, so a deliberate
 * output change is one command plus a reviewed diff.
 */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    throw new Error(`golden file ${name} is missing; run UPDATE_GOLDEN=1 npx vitest run core/test/report to create it`);
  }
  expect(actual, `output differs from golden/${name} (UPDATE_GOLDEN=1 rewrites it)`).toBe(readFileSync(file, 'utf8'));
}
