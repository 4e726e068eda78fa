// End-to-end tests of `kubeplan lint --cluster` and `cluster:` in .kubeplan.yaml through the real executable.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kubeplan, REPO_ROOT } from './spawn-kubeplan.js';

const FIXTURES = path.join(REPO_ROOT, 'core', 'test', 'cluster', 'fixtures');
const NODES = path.join(FIXTURES, 'nodes-list.yaml');
const POD = path.join(FIXTURES, 'workloads', 'pending-pod.yaml');
const ONLY_SCHEDULING = 'preset: none\nrules:\n  node-selector-matches-no-node: warning\n  requests-exceed-node-capacity: warning\n  toleration-matches-no-taint: info\n';

/** A repository with the workload fixtures in `k8s/`, the nodes in `cluster/`, and this configuration. */
function repo(config: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kubeplan-e2e-cluster-'));
  mkdirSync(path.join(dir, '.git'));
  mkdirSync(path.join(dir, 'k8s'));
  mkdirSync(path.join(dir, 'cluster'));
  for (const name of ['pending-pod.yaml', 'too-big.yaml']) copyFileSync(path.join(FIXTURES, 'workloads', name), path.join(dir, 'k8s', name));
  copyFileSync(NODES, path.join(dir, 'cluster', 'nodes.yaml'));
  writeFileSync(path.join(dir, '.kubeplan.yaml'), config);
  return dir;
}

const EXPECTED = [
  'k8s/pending-pod.yaml',
  "  k8s/pending-pod.yaml:8:34  warning  node-selector-matches-no-node  0/4 nodes are available: 4 node(s) didn't match Pod's node affinity/selector. No node has the label topology.kubernetes.io/zone=eu-1c (the nodes have eu-1a, eu-1b). (Pod/web)",
  '',
  'k8s/too-big.yaml',
  "  k8s/too-big.yaml:16:17  info     toleration-matches-no-taint    toleration \"nvidia.com/gpu=true:NoSchedule\" tolerates no taint of the cluster's nodes and no taint Kubernetes sets (taints with this key: nvidia.com/gpu=present:NoSchedule) (Deployment/batch)",
  '  k8s/too-big.yaml:21:29  warning  requests-exceed-node-capacity  0/4 nodes are available: 4 Insufficient cpu. Pod requests cpu 12, largest node allocatable 7910m. (Deployment/batch)',
  '',
  '2 resources in 2 files: 2 valid, 0 invalid · 0 errors, 2 warnings, 1 info · 0 skipped',
  '',
].join('\n');

describe('kubeplan lint --cluster (e2e)', () => {
  it('warns about a nodeSelector no node of the cluster file satisfies', () => {
    const res = kubeplan(['lint', '--no-config', '--cluster', NODES, POD]);
    expect(res.stdout).toContain("warning  node-selector-matches-no-node  0/4 nodes are available: 4 node(s) didn't match Pod's node affinity/selector.");
    expect(res.code).toBe(0);
    expect(kubeplan(['lint', '--no-config', '--cluster', NODES, '--fail-on', 'warning', POD]).code).toBe(1);
  });

  it('says nothing about scheduling without a cluster', () => {
    const res = kubeplan(['lint', '--no-config', POD]);
    expect(res.stdout).not.toContain('node-selector-matches-no-node');
    expect(res.code).toBe(0);
  });

  it('reads cluster: from .kubeplan.yaml, and gives the same report with --jobs 2', () => {
    const dir = repo(`${ONLY_SCHEDULING}cluster: cluster/nodes.yaml\n`);
    const one = kubeplan(['lint', 'k8s'], { cwd: dir });
    expect(one.stdout).toBe(EXPECTED);
    expect(one.stderr).toBe('');
    expect(kubeplan(['lint', '-j', '2', 'k8s'], { cwd: dir })).toEqual(one);
  });

  it('lets --cluster replace the configuration\'s cluster, and takes a directory', () => {
    const dir = repo(`${ONLY_SCHEDULING}cluster: missing/\n`);
    expect(kubeplan(['lint', '--cluster', 'cluster', 'k8s'], { cwd: dir }).stdout).toBe(EXPECTED);
    expect(kubeplan(['lint', '--cluster', 'cluster', '-j', '2', 'k8s'], { cwd: dir }).stdout).toBe(EXPECTED);
  });

  it('reports the findings in JSON with their rule ids', () => {
    const dir = repo(`${ONLY_SCHEDULING}cluster: cluster/nodes.yaml\n`);
    const doc = JSON.parse(kubeplan(['lint', '-o', 'json', 'k8s'], { cwd: dir }).stdout) as { diagnostics: { rule: string; path: string }[] };
    expect(doc.diagnostics.map((d) => [d.rule, d.path])).toEqual([
      ['node-selector-matches-no-node', 'spec.nodeSelector["topology.kubernetes.io/zone"]'],
      ['toleration-matches-no-taint', 'spec.template.spec.tolerations[0].key'],
      ['requests-exceed-node-capacity', 'spec.template.spec.containers[0].resources.requests.cpu'],
    ]);
  });

  it('exits 2 when the cluster cannot be read or has no Node', () => {
    const dir = repo(ONLY_SCHEDULING);
    expect(kubeplan(['lint', '--cluster', 'nope.yaml', 'k8s'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'kubeplan: --cluster: path not found: nope.yaml\n' });
    expect(kubeplan(['lint', '--cluster', 'k8s', 'k8s'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'kubeplan: --cluster: no Node objects in k8s\n' });
  });

  it('reports a problem of the cluster file among the findings', () => {
    const dir = repo(ONLY_SCHEDULING);
    copyFileSync(path.join(FIXTURES, 'bad-quantity.yaml'), path.join(dir, 'cluster', 'bad.yaml'));
    const res = kubeplan(['lint', '--cluster', 'cluster/bad.yaml', 'k8s'], { cwd: dir });
    expect(res.stdout).toContain('cluster/bad.yaml:7:10  error  schema-format  invalid quantity "four": the node\'s cpu is left out of the cluster (Node/odd)');
    expect(res.code).toBe(1);
  });
});
