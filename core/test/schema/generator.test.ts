import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSchema, stableStringify } from '../../scripts/gen-schema.js';
import { QUANTITY_FIELDS } from '../../scripts/quantity-fields.js';
import type { FieldType, SchemaData } from '../../src/schema/index.js';

const CORE = path.resolve(fileURLToPath(import.meta.url), '../../..');
const CLIENT = path.dirname(createRequire(path.join(CORE, 'package.json')).resolve('@kubernetes/client-node/package.json'));
const GEN = path.join(CLIENT, 'dist', 'gen');

/** Counted independently of the generator: `async create…(` methods in the request factory of every exported API class. */
function countCreateMethods(): { total: number; generic: number } {
  const index = readFileSync(path.join(GEN, 'index.js'), 'utf8');
  const apis = [...index.matchAll(/Object(\w+Api) as \1\b/g)].map((m) => m[1]!);
  let total = 0;
  let generic = 0;
  for (const api of apis) {
    const text = readFileSync(path.join(GEN, 'apis', `${api}.js`), 'utf8');
    const factory = text.slice(0, text.indexOf('ResponseProcessor {'));
    const n = factory.match(/^ {4}async create\w*\(/gm)?.length ?? 0;
    total += n;
    if (api === 'CustomObjectsApi') generic += n;
  }
  return { total, generic };
}

function kind(data: SchemaData, group: string, version: string, name: string) {
  return data.kinds.find((k) => k.group === group && k.version === version && k.kind === name);
}

describe('gen-schema: the Kubernetes schema generated from @kubernetes/client-node', () => {
  let data: SchemaData;
  let createMethodCount: number;

  beforeAll(() => {
    ({ data, createMethodCount } = generateSchema(CLIENT));
  });

  it('records the spec version and the source package', () => {
    expect(data.kubeVersion).toBe('1.36');
    expect(data.source).toBe('@kubernetes/client-node@2.0.1');
  });

  it('covers every kind the client can create: kinds + subresources + generic custom-object endpoints', () => {
    const { total, generic } = countCreateMethods();
    expect(createMethodCount).toBe(total);
    expect(generic).toBe(2);
    expect(data.kinds.length + data.subresources.length + generic).toBe(total);
    expect(data.subresources.map((s) => s.model).sort()).toEqual(['AuthenticationV1TokenRequest', 'V1Binding', 'V1Eviction']);
  });

  it('reads only the API classes the package exports, not stale ones from older spec generations', () => {
    const files = readdirSync(path.join(GEN, 'apis')).filter((f) => f === 'FlowcontrolApiserverV1beta3Api.js');
    expect(files).toHaveLength(1); // shipped in the tarball...
    expect(kind(data, 'flowcontrol.apiserver.k8s.io', 'v1beta3', 'FlowSchema')).toBeUndefined(); // ...but removed in 1.32
    expect(kind(data, 'flowcontrol.apiserver.k8s.io', 'v1', 'FlowSchema')).toBeDefined();
  });

  it('derives group, version, plural and scope from the create endpoint', () => {
    expect(kind(data, 'apps', 'v1', 'Deployment')).toEqual({
      group: 'apps',
      version: 'v1',
      kind: 'Deployment',
      plural: 'deployments',
      namespaced: true,
      model: 'V1Deployment',
      listModel: 'V1DeploymentList',
    });
    expect(kind(data, '', 'v1', 'Namespace')?.namespaced).toBe(false);
    expect(kind(data, '', 'v1', 'Node')?.namespaced).toBe(false);
    expect(kind(data, 'rbac.authorization.k8s.io', 'v1', 'ClusterRole')?.namespaced).toBe(false);
    expect(kind(data, '', 'v1', 'Event')?.model).toBe('CoreV1Event');
    expect(kind(data, 'events.k8s.io', 'v1', 'Event')?.model).toBe('EventsV1Event');
    expect(kind(data, 'autoscaling', 'v2', 'HorizontalPodAutoscaler')?.plural).toBe('horizontalpodautoscalers');
  });

  it('includes the models of List kinds and of everything a kind refers to', () => {
    expect(data.models.V1DeploymentList?.properties.items).toEqual({
      type: 'array',
      items: { type: 'object', ref: 'V1Deployment' },
      description: expect.any(String),
    });
    const refs = (t: FieldType): string[] =>
      t.type === 'object' ? [t.ref] : t.type === 'array' ? refs(t.items) : t.type === 'map' ? refs(t.values) : [];
    for (const model of Object.values(data.models)) {
      for (const prop of Object.values(model.properties)) for (const r of refs(prop)) expect(data.models[r], r).toBeDefined();
    }
  });

  it('keeps required fields and descriptions', () => {
    expect(data.models.V1PodSpec?.required).toContain('containers');
    expect(data.models.V1Container?.required).toEqual(['name']);
    expect(data.models.V1Container?.properties.imagePullPolicy?.description).toMatch(/^Image pull policy\. One of Always, Never, IfNotPresent\./);
    expect(data.models.V1PodSpec?.description).toBe('PodSpec is a description of a pod.');
    // Escaped quotes of the TypeScript declarations are unescaped.
    expect(data.models.V1PodSpec?.properties.dnsPolicy?.description).toContain(`Defaults to "ClusterFirst". Valid values are 'ClusterFirstWithHostNet'`);
  });

  it('types fields: byte, int32/int64, date-time, int-or-string, free-form', () => {
    expect(data.models.V1Secret?.properties.data).toMatchObject({ type: 'map', values: { type: 'string', format: 'byte' } });
    expect(data.models.V1DeploymentSpec?.properties.replicas).toMatchObject({ type: 'integer', format: 'int32' });
    expect(data.models.V1PodSpec?.properties.activeDeadlineSeconds).toMatchObject({ type: 'integer', format: 'int64' });
    expect(data.models.V1ObjectMeta?.properties.creationTimestamp).toMatchObject({ type: 'string', format: 'date-time' });
    expect(data.models.CoreV1Event?.properties.eventTime).toMatchObject({ type: 'string', format: 'date-time' });
    expect(data.models.V1ServicePort?.properties.targetPort).toMatchObject({ type: 'int-or-string' });
    expect(data.models.V1ControllerRevision?.properties.data).toMatchObject({ type: 'any' });
  });

  it('types resource.Quantity fields from the overlay as quantities, keeping their list/map shape', () => {
    expect(data.models.V1ResourceRequirements?.properties.limits).toMatchObject({ type: 'map', values: { type: 'quantity' } });
    expect(data.models.V1EmptyDirVolumeSource?.properties.sizeLimit).toMatchObject({ type: 'quantity' });
    expect(data.models.V1CapacityRequestPolicy?.properties.validValues).toMatchObject({ type: 'array', items: { type: 'quantity' } });
    for (const entry of QUANTITY_FIELDS) {
      for (const field of entry.fields) {
        expect(JSON.stringify(data.models[entry.model]?.properties[field]), `${entry.model}.${field}`).toContain('"quantity"');
      }
    }
  });

  describe('the npm script', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'kubeplan-gen-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('writes byte-identical output on a second run', () => {
      const run = (out: string): void => {
        execFileSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/gen-schema.ts', '--out', out], { cwd: CORE, stdio: 'pipe' });
      };
      const first = path.join(dir, 'a.json');
      const second = path.join(dir, 'b.json');
      run(first);
      run(second);
      const a = readFileSync(first);
      expect(a.equals(readFileSync(second))).toBe(true);
      expect(a.toString('utf8')).toBe(`${stableStringify(data)}\n`);
    });
  });
});
