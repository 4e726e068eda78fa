import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { API_DEPRECATIONS, createValidator, DeprecationTable, parseKubeVersion } from '../../src/schema/index.js';
import { brief, builtinRegistry, validate, yaml } from './helpers.js';

const object = (apiVersion: string, kind: string, rest = '') => `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: x\n${rest}`;

describe('apiVersion and kind checks', () => {
  it('reports a removed API on the apiVersion value, with its replacement and a fix', () => {
    const [d] = validate(object('apps/v1beta1', 'Deployment', 'spec: {}\n'));
    expect(brief(d!)).toBe('api-removed 1:13-1:25 unknown apiVersion/kind "apps/v1beta1" Deployment: removed in 1.16, use apps/v1');
    expect(d).toMatchObject({ severity: 'error', object: 'Deployment/x', path: 'apiVersion' });
    expect(d!.fix).toEqual({ title: 'Change apiVersion to apps/v1', edits: [{ range: d!.range, newText: 'apps/v1' }] });
  });

  it('explains removed APIs that have no replacement', () => {
    expect(validate(object('policy/v1beta1', 'PodSecurityPolicy')).map((d) => d.message)).toEqual([
      'unknown apiVersion/kind "policy/v1beta1" PodSecurityPolicy: removed in 1.25 (PodSecurityPolicy has no replacement API; use Pod Security Admission)',
    ]);
  });

  it('is relative to the target Kubernetes version: deprecated but still served is a warning, not validated without a schema', () => {
    const text = object('batch/v1beta1', 'CronJob', 'spec: {bogus: 1}\n');
    expect(validate(text, { kubeVersion: '1.24' }).map(brief)).toEqual([
      'api-deprecated 1:13-1:26 batch/v1beta1 CronJob is deprecated since 1.21 and removed in 1.25; use batch/v1; not validated: kubeplan has no schema for it',
    ]);
    expect(validate(text, { kubeVersion: '1.25' }).map((d) => d.rule)).toEqual(['api-removed']);
    expect(validate(text, { kubeVersion: 'v1.20.3' }).map((d) => `${d.rule} ${d.severity}`)).toEqual(['schema-missing info']);
  });

  it('warns about deprecated APIs that are still in the schema, and still validates them', () => {
    const text = object('v1', 'Endpoints', 'subsets: [{addresses: [{ip: 10.0.0.1}], ports: [{port: http}]}]\n');
    expect(validate(text).map(brief)).toEqual([
      'api-deprecated 1:13-1:15 v1 Endpoints is deprecated since 1.33; use discovery.k8s.io/v1 EndpointSlice',
      'schema-type 5:56-5:60 subsets[0].ports[0].port: expected integer, got string "http"',
    ]);
    expect(validate(text, { kubeVersion: '1.32' }).map((d) => d.rule)).toEqual(['schema-type']);
  });

  it('reports kinds that no built-in group serves: wrong group, misspelt kind', () => {
    const text = yaml(`
      apiVersion: v1
      kind: Deployment
      metadata: {name: a}
      ---
      apiVersion: apps/v1
      kind: Deploymnet
      metadata: {name: b}
      ---
      apiVersion: v1
      kind: Deploymnet
      metadata: {name: c}
      ---
      apiVersion: v1
      kind: Frobnicator
      metadata: {name: d}
    `);
    const ds = validate(text);
    expect(ds.map(brief)).toEqual([
      'api-unknown 1:13-1:15 unknown apiVersion/kind "v1" Deployment: Deployment is served by apps/v1',
      'api-unknown 6:7-6:17 unknown apiVersion/kind "apps/v1" Deploymnet (did you mean "Deployment"?)',
      'api-unknown 10:7-10:17 unknown apiVersion/kind "v1" Deploymnet (did you mean apps/v1 Deployment?)',
      'api-unknown 14:7-14:18 unknown apiVersion/kind "v1" Frobnicator',
    ]);
    expect(ds[0]!.fix?.edits.map((e) => e.newText)).toEqual(['apps/v1']);
    expect(ds[1]!.fix?.edits.map((e) => e.newText)).toEqual(['Deployment']);
    expect(ds[2]!.fix?.edits.map((e) => e.newText)).toEqual(['apps/v1', 'Deployment']);
  });

  it('does not call kinds unknown when the target is newer than the built-in schema', () => {
    expect(validate(object('apps/v1', 'Rollout'), { kubeVersion: '1.37' }).map((d) => d.rule)).toEqual(['schema-missing']);
  });

  it('reports a custom resource without a schema as a warning on its kind, unless told to ignore it', () => {
    const text = object('sagemaker.aws.amazon.com/v1', 'TrainingJob', 'spec: {}\n');
    expect(validate(text).map(brief)).toEqual([
      'schema-missing 2:7-2:18 no schema for sagemaker.aws.amazon.com/v1 TrainingJob; add its CRD to the input or pass --schema-location',
    ]);
    expect(validate(text)[0]!.severity).toBe('warning');
    expect(validate(text, { ignoreMissingSchemas: true })).toEqual([]);
  });

  it('skips objects without apiVersion or kind (the loader reports them)', () => {
    const validator = createValidator(builtinRegistry());
    const positions = { get: () => undefined, locate: () => { throw new Error('touched'); }, scalarSource: () => undefined, documentRange: { start: { line: 0, col: 0 }, end: { line: 0, col: 0 } } };
    expect(validator.validate({ object: { kind: 'Pod' }, source: { file: 'f', docIndex: 0, positions } })).toEqual([]);
    expect(validator.validate({ object: { apiVersion: 'v1', kind: 7 }, source: { file: 'f', docIndex: 0, positions } })).toEqual([]);
  });

  it('rejects a malformed target version as a usage error', () => {
    expect(() => createValidator(builtinRegistry(), { kubeVersion: 'latest' })).toThrow(UsageError);
    expect(createValidator(builtinRegistry(), { kubeVersion: 'v1.30.2' }).kubeVersion).toBe('1.30');
    expect(createValidator(builtinRegistry()).kubeVersion).toBe('1.36');
  });
});

describe('the deprecation table', () => {
  it('has parseable versions and deprecations before removals', () => {
    for (const e of API_DEPRECATIONS) {
      for (const v of [e.deprecatedIn, e.removedIn]) if (v !== undefined) expect(parseKubeVersion(v), `${e.apiVersion} ${v}`).toBeDefined();
      if (e.deprecatedIn && e.removedIn) expect(Number(e.deprecatedIn.split('.')[1]) < Number(e.removedIn.split('.')[1]), e.apiVersion).toBe(true);
    }
  });

  it('never calls an API removed that the built-in schema still serves, and points at served replacements', () => {
    const registry = builtinRegistry();
    const table = new DeprecationTable(parseKubeVersion(registry.kubeVersion)!);
    for (const e of API_DEPRECATIONS) {
      for (const kind of e.kinds) {
        if (table.status(e.apiVersion, kind)?.status === 'removed') expect(registry.lookup(e.apiVersion, kind), `${e.apiVersion} ${kind}`).toBeUndefined();
        if (e.replacement !== undefined) expect(registry.lookup(e.replacement, e.replacementKind ?? kind), `${e.replacement} ${kind}`).toBeDefined();
      }
    }
  });

  it('covers every removal the migration guide lists since 1.16', () => {
    const removed = new Set(API_DEPRECATIONS.filter((e) => e.removedIn).map((e) => e.apiVersion));
    for (const v of [
      'extensions/v1beta1', 'apps/v1beta1', 'apps/v1beta2', 'networking.k8s.io/v1beta1', 'admissionregistration.k8s.io/v1beta1',
      'apiextensions.k8s.io/v1beta1', 'apiregistration.k8s.io/v1beta1', 'authentication.k8s.io/v1beta1', 'authorization.k8s.io/v1beta1',
      'certificates.k8s.io/v1beta1', 'coordination.k8s.io/v1beta1', 'rbac.authorization.k8s.io/v1beta1', 'scheduling.k8s.io/v1beta1',
      'storage.k8s.io/v1beta1', 'batch/v1beta1', 'discovery.k8s.io/v1beta1', 'events.k8s.io/v1beta1', 'autoscaling/v2beta1',
      'autoscaling/v2beta2', 'policy/v1beta1', 'node.k8s.io/v1beta1', 'flowcontrol.apiserver.k8s.io/v1beta1',
      'flowcontrol.apiserver.k8s.io/v1beta2', 'flowcontrol.apiserver.k8s.io/v1beta3',
    ]) {
      expect(removed.has(v), v).toBe(true);
    }
  });
});
