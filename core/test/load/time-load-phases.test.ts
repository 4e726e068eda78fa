import { describe, expect, it } from 'vitest';
import { corpusObjects, toYaml } from '../../bench/corpus.js';
import { loadText, timeLoadPhases } from '../../src/load/index.js';

/** A Deployment + Service + ConfigMap triple, the shape of the product benchmark, `n` times. */
function manifests(n: number): string {
  const docs: string[] = [];
  for (let i = 0; i < n; i++) {
    docs.push(
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        `metadata: {name: app-${i}, namespace: team-${i % 5}, labels: {app: app-${i}}}`,
        'spec:',
        '  replicas: 2',
        `  selector: {matchLabels: {app: app-${i}}}`,
        '  template:',
        `    metadata: {labels: {app: app-${i}}}`,
        '    spec:',
        '      containers:',
        '        - name: app',
        `          image: registry.example.com/app:1.${i}`,
        '          ports: [{containerPort: 8080, name: http}]',
        '          resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {memory: 256Mi}}',
        '---',
        'apiVersion: v1',
        'kind: Service',
        `metadata: {name: app-${i}, namespace: team-${i % 5}}`,
        `spec: {selector: {app: app-${i}}, ports: [{port: 80, targetPort: http}]}`,
        '---',
        'apiVersion: v1',
        'kind: ConfigMap',
        `metadata: {name: app-${i}, namespace: team-${i % 5}}`,
        'data:',
        '  enabled: "yes"',
        '  config.yaml: |',
        '    level: info',
        '    port: 8080',
      ].join('\n'),
    );
  }
  return `${docs.join('\n---\n')}\n`;
}

describe('timeLoadPhases', () => {
  it('times split, decoding and position building separately', () => {
    const t = timeLoadPhases(manifests(100));
    expect(t.documents).toBe(300);
    expect(t.slowDocuments).toBe(0);
    for (const ms of [t.splitMs, t.parseMs, t.positionsMs, t.fastPositionsMs]) expect(ms).toBeGreaterThanOrEqual(0);
    // `metadata: {name: ...}` is a flow mapping: the fast path does not read inside it
    expect(t.fastFallbacks).toBe(300);
  });

  it('times the fast position path next to the yaml one, without fallback on block YAML', () => {
    const t = timeLoadPhases(toYaml(corpusObjects(30)));
    expect(t.documents).toBe(30);
    expect(t.fastFallbacks).toBe(0);
    expect(t.fastPositionsMs).toBeGreaterThanOrEqual(0);
  });

  it('loads generated documents and builds positions only on demand', () => {
    const text = manifests(50);
    const r = loadText(text, 'gen.yaml');
    expect(r.diagnostics).toEqual([]);
    expect(r.manifests).toHaveLength(150);
    const last = r.manifests[149];
    expect(last?.source.positions.get('data["config.yaml"]')?.key?.start).toEqual({ line: text.split('\n').lastIndexOf('  config.yaml: |'), col: 2 });
  });
});
