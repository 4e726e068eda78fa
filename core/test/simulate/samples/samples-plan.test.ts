// The samples are the product's demo: each is planned by the real CLI on its cluster and the text plan is
// compared with a golden file (UPDATE_GOLDEN=1 rewrites them). The README of each sample states the outcome
// the golden shows; the few facts that matter most are also asserted, so a golden cannot drift silently.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kubeplan, REPO_ROOT } from '../../cli/spawn-kubeplan.js';
import { goldenDir } from '../../support/expect-golden.js';

const expectGolden = goldenDir(fileURLToPath(new URL('./golden/', import.meta.url)));
const NOW = '2026-01-15T10:00:00Z';

interface SampleCase {
  name: string;
  args: string[];
  /** Exit code: 1 only where the sample's point is a rejected object. */
  code: number;
  /** Lines the plan must contain. */
  contains: string[];
}

const CASES: SampleCase[] = [
  {
    name: 'seed',
    args: ['samples/seed'],
    code: 1,
    contains: [
      "0/4 nodes are available: 1 node(s) had untolerated taint(s), 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.",
      '! Pod default/test-pod  rejected',
    ],
  },
  { name: 'nginx-tomcat', args: ['samples/nginx-tomcat'], code: 0, contains: ['Pods: 5 scheduled, 0 pending.'] },
  { name: 'shop', args: ['samples/shop'], code: 0, contains: ['Pods: 7 scheduled, 0 pending.', 'shop.example.com'] },
  { name: 'service-types', args: ['samples/service-types'], code: 0, contains: ['<pending>', 'NodePort', 'ExternalName'] },
  {
    name: 'taints',
    args: ['samples/taints/pods.yaml', '--cluster', 'samples/taints/cluster/cluster.yaml'],
    code: 0,
    contains: ['0/2 nodes are available: 2 node(s) had untolerated taint(s).'],
  },
  { name: 'daemonset', args: ['samples/daemonset'], code: 0, contains: ['→ control-plane'] },
  { name: 'etcd', args: ['samples/etcd'], code: 0, contains: ['Pods: 3 scheduled, 0 pending.'] },
  { name: 'control-plane', args: ['samples/control-plane'], code: 0, contains: ['Pods: 3 scheduled, 0 pending.'] },
  // Alone, the Backup's namespace does not exist (NamespaceLifecycle); with the shop, both are created.
  { name: 'crd', args: ['samples/crd'], code: 1, contains: ['rejected: namespaces "shop" not found'] },
  { name: 'shop-and-crd', args: ['samples/shop', 'samples/crd'], code: 0, contains: ['+ Backup shop/nightly'] },
];

describe('kubeplan plan on the samples', () => {
  it.each(CASES)('$name', ({ name, args, code, contains }) => {
    const res = kubeplan(['plan', ...args, '--now', NOW, '--no-color']);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(code);
    for (const line of contains) expect(res.stdout).toContain(line);
    expectGolden(`${name}.txt`, res.stdout);
  });

  it('gives byte-identical JSON from one run to the next', () => {
    const run = (): string => kubeplan(['plan', 'samples/shop', '--now', NOW, '-o', 'json']).stdout;
    expect(run()).toBe(run());
  });
});

describe('the README', () => {
  it('shows what its first command prints', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    expect(readme.split('\n').slice(0, 6).join('\n')).toContain('npm ci && npx kubeplan plan samples/shop\nnpm ci && npm test');
    expect(readme).toContain(readFileSync(fileURLToPath(new URL('./golden/shop.txt', import.meta.url)), 'utf8'));
  });
});
