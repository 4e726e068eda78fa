import { existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfigFile, type ConfigFs } from '../../src/index.js';

const fs: ConfigFs = { exists: existsSync, isDirectory: (p) => statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false };

/** A temp tree: paths ending in `/` are folders, others files. */
function tree(...entries: string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'kubeplan-config-'));
  for (const e of entries) {
    const p = path.join(root, e);
    if (e.endsWith('/')) mkdirSync(p, { recursive: true });
    else {
      mkdirSync(path.dirname(p), { recursive: true });
      writeFileSync(p, '');
    }
  }
  return root;
}

describe('findConfigFile', () => {
  it('finds .kubeplan.yaml in the input folder, or above it', () => {
    const root = tree('.git/', '.kubeplan.yaml', 'deploy/app/web.yaml');
    expect(findConfigFile(['deploy/app/web.yaml'], root, fs)).toBe(path.join(root, '.kubeplan.yaml'));
    expect(findConfigFile([path.join(root, 'deploy')], '/', fs)).toBe(path.join(root, '.kubeplan.yaml'));
  });

  it('takes the nearest file, and .yaml before .yml', () => {
    const root = tree('.git/', '.kubeplan.yaml', 'deploy/.kubeplan.yml', 'deploy/.kubeplan.yaml', 'deploy/web.yaml');
    expect(findConfigFile(['deploy/web.yaml'], root, fs)).toBe(path.join(root, 'deploy', '.kubeplan.yaml'));
    const other = tree('.git/', 'k8s/.kubeplan.yml', 'k8s/web.yaml');
    expect(findConfigFile(['k8s'], other, fs)).toBe(path.join(other, 'k8s', '.kubeplan.yml'));
  });

  it('stops at the repository root (the folder holding .git)', () => {
    const root = tree('.kubeplan.yaml', 'repo/.git/', 'repo/deploy/web.yaml');
    expect(findConfigFile(['repo/deploy/web.yaml'], root, fs)).toBeUndefined();
  });

  it('searches from each input in order; the first found wins', () => {
    const root = tree('.git/', 'a/x.yaml', 'b/.kubeplan.yaml', 'b/y.yaml', 'c/.kubeplan.yaml');
    expect(findConfigFile(['a/x.yaml', 'b/y.yaml', 'c'], root, fs)).toBe(path.join(root, 'b', '.kubeplan.yaml'));
  });

  it('searches from the working directory for standard input', () => {
    const root = tree('.git/', '.kubeplan.yaml', 'sub/');
    expect(findConfigFile(['-'], path.join(root, 'sub'), fs)).toBe(path.join(root, '.kubeplan.yaml'));
  });

  it('ignores a folder named .kubeplan.yaml', () => {
    const root = tree('.git/', '.kubeplan.yaml/', 'web.yaml');
    expect(findConfigFile(['web.yaml'], root, fs)).toBeUndefined();
  });
});
