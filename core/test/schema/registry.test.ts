import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InternalError } from '../../src/errors.js';
import { ENUM_FIELDS, SchemaRegistry, schemaFileCandidates } from '../../src/schema/index.js';
import { builtinRegistry } from './helpers.js';

describe('SchemaRegistry', () => {
  const registry = builtinRegistry();

  it('loads the generated schema next to the sources', () => {
    expect(registry.kubeVersion).toBe('1.36');
    expect(registry.source).toBe('@kubernetes/client-node@2.0.1');
    const core = fileURLToPath(new URL('../..', import.meta.url));
    expect(schemaFileCandidates().map((p) => path.relative(core, p))).toEqual([
      'src/schema/k8s-schema.json',
      'generated/k8s-schema.json',
      'src/generated/k8s-schema.json',
    ]);
  });

  it('says to build when the schema file is missing', () => {
    expect(() => SchemaRegistry.load({ file: '/nonexistent/k8s-schema.json' })).toThrow(InternalError);
    expect(() => SchemaRegistry.load({ file: '/nonexistent/k8s-schema.json' })).toThrow(/run `npm run build`/);
  });

  it('looks kinds up by apiVersion and kind', () => {
    expect(registry.lookup('apps/v1', 'Deployment')).toEqual({
      apiVersion: 'apps/v1',
      group: 'apps',
      version: 'v1',
      kind: 'Deployment',
      plural: 'deployments',
      namespaced: true,
      source: 'builtin',
      model: 'V1Deployment',
    });
    expect(registry.lookup('v1', 'Deployment')).toBeUndefined();
    expect(registry.isNamespaced('v1', 'Namespace')).toBe(false);
    expect(registry.isNamespaced('v1', 'ConfigMap')).toBe(true);
    expect(registry.isNamespaced('example.com/v1', 'Nope')).toBeUndefined();
  });

  it('lists every version of a kind, preferred first', () => {
    expect(registry.kindsFor('HorizontalPodAutoscaler').map((k) => k.apiVersion)).toEqual(['autoscaling/v2', 'autoscaling/v1']);
    expect(registry.kindsFor('Event').map((k) => k.apiVersion)).toEqual(['v1', 'events.k8s.io/v1']);
    expect(registry.kindsFor('DeviceClass').map((k) => k.apiVersion)).toEqual([
      'resource.k8s.io/v1',
      'resource.k8s.io/v1beta2',
      'resource.k8s.io/v1beta1',
    ]);
  });

  it('knows which API groups are built in', () => {
    expect(registry.isBuiltinGroup('')).toBe(true);
    expect(registry.isBuiltinGroup('networking.k8s.io')).toBe(true);
    expect(registry.isBuiltinGroup('snapshot.storage.k8s.io')).toBe(false);
  });
});

describe('fieldInfo (hovers and completion)', () => {
  const registry = builtinRegistry();

  it('describes a field along a path, with its enum', () => {
    const info = registry.fieldInfo('Deployment', 'spec.template.spec.containers[0].imagePullPolicy');
    expect(info).toEqual({
      path: 'spec.template.spec.containers[0].imagePullPolicy',
      type: 'string',
      required: false,
      description: expect.stringMatching(/^Image pull policy\. One of Always, Never, IfNotPresent\./),
      enum: ['Always', 'IfNotPresent', 'Never'],
    });
  });

  it('spells types as kubectl explain does, and lists child fields of objects', () => {
    expect(registry.fieldInfo('Deployment', 'spec.replicas')?.type).toBe('integer');
    expect(registry.fieldInfo('Deployment', 'metadata.labels')?.type).toBe('map[string]string');
    expect(registry.fieldInfo('Pod', 'spec.containers')).toMatchObject({ type: '[]Container', required: true });
    expect(registry.fieldInfo('Pod', 'spec.containers[0].resources.limits')?.type).toBe('map[string]Quantity');
    expect(registry.fieldInfo('Service', 'spec.ports[0].targetPort')?.type).toBe('IntOrString');
    expect(registry.fieldInfo('Pod', 'metadata.creationTimestamp')?.type).toBe('Time');
    const template = registry.fieldInfo('Deployment', ['spec', 'template']);
    expect(template).toMatchObject({ type: 'PodTemplateSpec', model: 'V1PodTemplateSpec', required: true });
    // Fields typed by a model carry no description in the client; the model's own is used.
    expect(template?.description).toMatch(/^PodTemplateSpec describes the data a pod should have/);
    expect(template?.fields).toEqual(['metadata', 'spec']);
    expect(registry.fieldInfo('Deployment', [])?.type).toBe('Deployment');
  });

  it('picks a version when asked, and returns undefined for unknown kinds and paths', () => {
    expect(registry.fieldInfo({ apiVersion: 'autoscaling/v1', kind: 'HorizontalPodAutoscaler' }, 'spec.targetCPUUtilizationPercentage')?.type).toBe('integer');
    expect(registry.fieldInfo('HorizontalPodAutoscaler', 'spec.targetCPUUtilizationPercentage')).toBeUndefined(); // v2 first
    expect(registry.fieldInfo('Nope', 'spec')).toBeUndefined();
    expect(registry.fieldInfo('Pod', 'spec.nope')).toBeUndefined();
    expect(registry.fieldInfo('Pod', 'spec.containers.name')).toBeUndefined();
  });
});

describe('the enum table', () => {
  const registry = builtinRegistry();

  it('names existing string fields (or lists of strings)', () => {
    for (const e of ENUM_FIELDS) {
      const prop = registry.model(e.model)?.properties[e.field];
      const type = prop?.type === 'array' ? prop.items.type : prop?.type;
      expect(type, `${e.model}.${e.field}`).toBe('string');
      expect(e.upstream.length, `${e.model}.${e.field} has an upstream reference`).toBeGreaterThan(10);
    }
  });

  it('agrees with the values the API documentation lists', () => {
    const documented = ENUM_FIELDS.filter((e) => /Valid (values|options|operators|effects) are|One of|Can be|Must be|Supports/.test(registry.model(e.model)?.properties[e.field]?.description ?? ''));
    expect(documented.length).toBeGreaterThan(10);
    for (const e of documented) {
      const description = registry.model(e.model)!.properties[e.field]!.description!;
      for (const v of e.values.filter((x) => x !== '')) expect(description, `${e.model}.${e.field}: ${v}`).toContain(v);
    }
  });
});
