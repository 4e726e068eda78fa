// findNewReplicaSet compares templates structurally (no clone, no canonical JSON); it must pick the same
// ReplicaSet as EqualIgnoreHash over canonical JSON did: the hash label left out, nil and empty labels the same,
// key order irrelevant.
import { describe, expect, it } from 'vitest';
import { simObjectOf } from '../../../src/cluster/sim-object-of.js';
import type { Obj } from '../../../src/model/fields.js';
import { canonicalJson } from '../../../src/simulate/controllers/canonical-json.js';
import { findNewReplicaSet, POD_TEMPLATE_HASH_LABEL } from '../../../src/simulate/controllers/deployment-replica-sets.js';
import type { DeploymentView } from '../../../src/simulate/controllers/deployment-spec.js';
import type { SimObject } from '../../../src/simulate/types.js';

/** The comparison as first written: a clone without the hash label, in canonical JSON. */
function reference(template: unknown): string {
  const t = structuredClone((template as Obj | undefined) ?? {});
  const metadata = t.metadata as Obj | undefined;
  const labels = metadata?.labels as Obj | undefined;
  if (metadata !== undefined && labels !== undefined && typeof labels === 'object') {
    delete labels[POD_TEMPLATE_HASH_LABEL];
    if (Object.keys(labels).length === 0) delete metadata.labels;
  }
  return canonicalJson(t);
}

const spec = { containers: [{ name: 'app', image: 'nginx:1', ports: [{ containerPort: 80 }] }] };

const TEMPLATES: Record<string, unknown> = {
  plain: { metadata: { labels: { app: 'web' } }, spec },
  hashed: { metadata: { labels: { app: 'web', [POD_TEMPLATE_HASH_LABEL]: 'abc' } }, spec },
  reordered: { spec: { containers: [{ ports: [{ containerPort: 80 }], image: 'nginx:1', name: 'app' }] }, metadata: { labels: { [POD_TEMPLATE_HASH_LABEL]: 'x', app: 'web' } } },
  onlyHash: { metadata: { labels: { [POD_TEMPLATE_HASH_LABEL]: 'abc' } }, spec },
  emptyLabels: { metadata: { labels: {} }, spec },
  noLabels: { metadata: {}, spec },
  noMetadata: { spec },
  annotated: { metadata: { labels: { app: 'web' }, annotations: { a: 'b' } }, spec },
  otherImage: { metadata: { labels: { app: 'web', [POD_TEMPLATE_HASH_LABEL]: 'abc' } }, spec: { containers: [{ name: 'app', image: 'nginx:2', ports: [{ containerPort: 80 }] }] } },
  extraLabel: { metadata: { labels: { app: 'web', tier: 'x', [POD_TEMPLATE_HASH_LABEL]: 'abc' } }, spec },
  undefinedLabel: { metadata: { labels: { app: 'web', gone: undefined } }, spec },
  none: undefined,
};

function replicaSet(name: string, template: unknown): SimObject {
  return simObjectOf({ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name, namespace: 'default' }, spec: { template } }, 'generated');
}

describe('findNewReplicaSet', () => {
  const names = Object.keys(TEMPLATES);
  it.each(names)('finds what the canonical comparison found for a Deployment template %s', (wanted) => {
    const view = { template: TEMPLATES[wanted] ?? {} } as unknown as DeploymentView;
    const replicaSets = names.map((n) => replicaSet(n, TEMPLATES[n]));
    const expected = replicaSets.find((rs) => reference((rs.object.spec as Obj).template) === reference(view.template));
    expect(findNewReplicaSet(view, replicaSets)?.name).toBe(expected?.name);
    // Each one alone, so that a later match is checked too.
    for (const rs of replicaSets) expect(findNewReplicaSet(view, [rs]) !== undefined).toBe(reference((rs.object.spec as Obj).template) === reference(view.template));
  });
});
