import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBuilt, EXTENSION_DIR } from './support/built-extension.js';
import { zipEntries } from './support/zip-entries.js';

const VSIX = path.join(EXTENSION_DIR, '.build/kubeplan-0.1.0.vsix');

describe('the .vsix', () => {
  it('holds only the bundles, schemas, media and docs, and stays under 3 MB', () => {
    ensureBuilt();
    execFileSync(process.execPath, [path.join(EXTENSION_DIR, 'scripts/package.mjs')], { stdio: 'pipe' });
    const files = zipEntries(VSIX).map((e) => e.name).filter((n) => n.startsWith('extension/')).map((n) => n.slice('extension/'.length)).sort();
    const chunks = files.filter((f) => /^dist\/server\/chunk-\w+\.js$/.test(f));
    expect(files.filter((f) => !chunks.includes(f))).toEqual([
      'LICENSE.txt',
      'changelog.md',
      'dist/extension.cjs',
      'dist/schemas/kubeplan-config.schema.json',
      'dist/server/cli.js',
      'dist/server/k8s-schema.json',
      'dist/server/plan-worker.js',
      'dist/server/server.js',
      'media/activity.svg',
      'media/icon.png',
      'media/plan-view.png',
      'package.json',
      'readme.md',
    ]);
    expect(chunks.length).toBeGreaterThan(0);
    expect(files.some((f) => f.includes('node_modules'))).toBe(false);
    const size = statSync(VSIX).size;
    console.log(`vsix: ${files.length} files, ${(size / 1024).toFixed(0)} KB`);
    expect(size).toBeLessThan(3 * 1024 * 1024);
  });
});
