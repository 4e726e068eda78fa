// The change samples (samples/changes/<name>/{before,after}) are `kubeplan plan --base`'s demo: each is planned
// by the real CLI and its text, Markdown and JSON plans are compared with golden files (UPDATE_GOLDEN=1
// rewrites them). The README of each sample states the outcome; the facts that matter most (stuck or not, the
// replace reason, the evicted pods...) are asserted on the JSON document too, so a golden cannot drift silently.
// Run `npm run build` first: the CLI runs core/dist.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PlanDocument, PlanRollout } from '../../../src/plan/plan-document.js';
import { kubeplan } from '../../cli/spawn-kubeplan.js';
import { goldenDir } from '../../support/expect-golden.js';

const expectGolden = goldenDir(fileURLToPath(new URL('./golden/changes/', import.meta.url)));
const NOW = '2026-01-15T10:00:00Z';

interface ChangeSample {
  name: string;
  /** Flags after `plan samples/changes/<name>/after --base samples/changes/<name>/before`. */
  extra?: string[];
  /** The key facts, asserted on the JSON document. */
  facts: (doc: PlanDocument) => void;
  /** Lines the text plan must contain. */
  contains: string[];
}

function onlyRollout(doc: PlanDocument): PlanRollout {
  expect(doc.rollouts).toHaveLength(1);
  return doc.rollouts[0] as PlanRollout;
}

const SAMPLES: ChangeSample[] = [
  {
    name: 'image-bump',
    facts: (doc) => {
      expect(doc.changes.map((c) => [c.action, c.object, c.fields])).toEqual([['update', 'Deployment/default/web', ['spec.template.spec.containers[0].image']]]);
      expect(onlyRollout(doc)).toMatchObject({ strategy: 'RollingUpdate', replicas: 4, maxSurge: 1, maxUnavailable: 1, minAvailableDuring: 3, maxPodsDuring: 5, completed: true, stuck: false, downtime: false });
      expect(onlyRollout(doc).peakExtra).toEqual({ cpu: 250, memory: 128 * 2 ** 20 });
    },
    contains: ['~ Deployment default/web', '-          image: nginx:1.27.3', '+          image: nginx:1.27.4', 'Rollouts: 1. Pods: 4 scheduled, 0 pending.'],
  },
  {
    name: 'surge-30',
    facts: (doc) => {
      expect(onlyRollout(doc)).toMatchObject({ replicas: 10, maxSurge: 3, maxUnavailable: 3, minAvailableDuring: 7, maxPodsDuring: 13, completed: true, stuck: false });
      expect(onlyRollout(doc).peakExtra.cpu).toBe(300);
    },
    contains: ['RollingUpdate, 10 replicas, maxSurge 3, maxUnavailable 3  COMPLETED'],
  },
  {
    name: 'stuck-surge',
    facts: (doc) => {
      const r = onlyRollout(doc);
      expect(r).toMatchObject({ maxSurge: 1, maxUnavailable: 0, minAvailableDuring: 3, maxPodsDuring: 4, completed: false, stuck: true, downtime: false });
      expect(r.message).toContain('Insufficient cpu');
      expect(doc.summary).toMatchObject({ rollouts: 1, stuckRollouts: 1, podsScheduled: 0, podsPending: 1 });
    },
    contains: ['STUCK', 'Rollouts: 1 (1 stuck). Pods: 0 scheduled, 1 pending.'],
  },
  {
    name: 'recreate-downtime',
    facts: (doc) => {
      expect(onlyRollout(doc)).toMatchObject({ strategy: 'Recreate', maxSurge: null, maxUnavailable: null, minAvailableDuring: 0, downtime: true, completed: true, stuck: false });
      expect(onlyRollout(doc).downtimeServices.join()).toContain('cache');
    },
    contains: ['Recreate, 2 replicas  COMPLETED', 'downtime: '],
  },
  {
    name: 'statefulset-partition',
    facts: (doc) => {
      expect(doc.changes.map((c) => [c.action, c.object])).toEqual([['update', 'StatefulSet/default/db']]);
      expect(onlyRollout(doc)).toMatchObject({ replicas: 4, partition: 2, stuck: false, downtime: false });
    },
    contains: ['partition 2'],
  },
  {
    name: 'selector-change',
    facts: (doc) => {
      expect(doc.changes.map((c) => [c.action, c.object])).toEqual([['replace', 'Deployment/default/shop']]);
      expect(doc.changes[0]?.replaceReason).toContain('spec.selector');
    },
    contains: ['-/+ Deployment default/shop', '# forces replacement: '],
  },
  {
    name: 'port-rename',
    facts: (doc) => {
      expect(doc.diagnostics.map((d) => d.rule)).toContain('service-target-port-not-found');
      expect(doc.changes.map((c) => [c.action, c.object, c.fields])).toEqual([['update', 'Deployment/default/web', ['spec.template.spec.containers[0].ports[0].name']]]);
      expect(onlyRollout(doc)).toMatchObject({ downtime: true, completed: true });
      // The new pods do not declare the port the Service's targetPort names: the EndpointSlice controller
      // resolves no port for them (endpointslice utils.go FindPort), so the Service has no endpoints left.
      expect(doc.services.find((svc) => svc.name === 'web')?.endpoints).toEqual([]);
    },
    contains: ['Diagnostics: 0 errors, 1 warning, 0 info', 'downtime: default/web'],
  },
  {
    name: 'node-taint',
    extra: ['--cluster', 'samples/changes/node-taint/cluster/after.yaml', '--base-cluster', 'samples/changes/node-taint/cluster/before.yaml'],
    facts: (doc) => {
      expect(doc.changes).toEqual([]);
      const moved = doc.placements.filter((p) => p.from === 'worker-3');
      expect(moved.map((p) => p.owner).sort()).toEqual(['Deployment/default/reports', 'Deployment/default/web']);
      expect(moved.find((p) => p.owner === 'Deployment/default/web')?.to).toMatch(/^worker-[12]$/);
      expect(moved.find((p) => p.owner === 'Deployment/default/reports')?.to).toBeNull();
      expect(doc.summary.podsPending).toBe(1);
    },
    contains: ['worker-3 → (none)', "didn't match Pod's node affinity/selector"],
  },
];

function plan(s: ChangeSample, output: 'text' | 'markdown' | 'json'): string {
  const dir = `samples/changes/${s.name}`;
  const res = kubeplan(['plan', `${dir}/after`, '--base', `${dir}/before`, ...(s.extra ?? []), '--now', NOW, '--no-color', '-o', output]);
  expect(res.stderr).toBe('');
  expect(res.code).toBe(0);
  return res.stdout;
}

describe('kubeplan plan --base on the change samples', () => {
  for (const s of SAMPLES) {
    it(s.name, () => {
      const json = plan(s, 'json');
      s.facts(JSON.parse(json) as PlanDocument);
      const text = plan(s, 'text');
      for (const line of s.contains) expect(text).toContain(line);
      expectGolden(`${s.name}.txt`, text);
      expectGolden(`${s.name}.md`, plan(s, 'markdown'));
      expectGolden(`${s.name}.json`, json);
    });
  }
});
