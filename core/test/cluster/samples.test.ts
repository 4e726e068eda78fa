// The samples are the product's demo: each folder has a README, lints without errors (but the seed, whose point
// is its errors), and the taints scenario's cluster file is a cluster of its own.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModelCluster } from '../../src/cluster/index.js';
import { lintPaths } from '../../src/lint/lint-paths.js';
import { REPO_ROOT } from '../support/shared.js';

const SAMPLES = path.join(REPO_ROOT, 'samples');
const folders = readdirSync(SAMPLES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('samples', () => {
  it('has the scenarios of the plan issue', () => {
    expect(folders).toEqual(['changes', 'control-plane', 'crd', 'daemonset', 'etcd', 'nginx-tomcat', 'seed', 'service-types', 'shop', 'taints']);
  });

  // The seed's point is its errors; the change samples (before/after pairs) are checked pair by pair below.
  it.each(folders.filter((f) => f !== 'seed' && f !== 'changes'))('%s has a README and lints without findings', async (folder) => {
    expect(existsSync(path.join(SAMPLES, folder, 'README.md'))).toBe(true);
    const report = await lintPaths([path.join(SAMPLES, folder)]);
    expect(report.diagnostics.map((d) => `${d.severity} ${d.rule} ${path.basename(d.file)}:${d.range.start.line + 1} ${d.message}`)).toEqual([]);
  });

  const changes = readdirSync(path.join(SAMPLES, 'changes'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  it.each(changes.flatMap((c) => [`${c}/before`, `${c}/after`]))('changes/%s lints without errors', async (side) => {
    expect(existsSync(path.join(SAMPLES, 'changes', side.split('/')[0] as string, 'README.md'))).toBe(true);
    const report = await lintPaths([path.join(SAMPLES, 'changes', side)]);
    // port-rename's point is the warning that the Service's named targetPort no longer exists.
    expect(report.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.rule} ${d.message}`)).toEqual([]);
  });

  it('reads the taints scenario\'s cluster file as a two-node cluster with the foo=bar taint', async () => {
    const { state, source } = await loadModelCluster({ cluster: [path.join(SAMPLES, 'taints', 'cluster', 'cluster.yaml')] });
    expect(source).toBe('file');
    expect(state.nodes().map((n) => `${n.name} ${n.taints.map((t) => `${t.key}=${t.value ?? ''}:${t.effect}`).join(',')}`)).toEqual([
      'control-plane node-role.kubernetes.io/control-plane=:NoSchedule',
      'node-1 foo=bar:NoSchedule',
    ]);
  });
});
