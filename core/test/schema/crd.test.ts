import { describe, expect, it } from 'vitest';
import { registerCrds } from '../../src/schema/index.js';
import { brief, freshRegistry, manifests, validate, yaml } from './helpers.js';

const CRD = yaml(`
  apiVersion: apiextensions.k8s.io/v1
  kind: CustomResourceDefinition
  metadata:
    name: widgets.example.com
  spec:
    group: example.com
    scope: Namespaced
    names: {kind: Widget, plural: widgets}
    versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              required: [size]
              properties:
                size: {type: string, enum: [small, large]}
                replicas: {type: integer, format: int32, minimum: 1}
                port: {x-kubernetes-int-or-string: true, anyOf: [{type: integer}, {type: string}]}
                timeout: {type: string, format: duration}
                created: {type: string, format: date-time}
                note: {type: string, nullable: true}
                name: {type: string, pattern: '^[a-z]+$', maxLength: 10}
                extra: {type: object, x-kubernetes-preserve-unknown-fields: true}
                loose: {type: object}
                labels: {type: object, additionalProperties: {type: string}}
                template: {type: object, x-kubernetes-embedded-resource: true, x-kubernetes-preserve-unknown-fields: true}
                mode: {type: string}
                rules:
                  type: array
                  items: {type: object, properties: {expr: {type: string}}, x-kubernetes-validations: [{rule: 'self.expr != ""'}]}
            status: {type: object, x-kubernetes-preserve-unknown-fields: true}
          anyOf:
          - properties: {spec: {required: [mode]}}
          - properties: {spec: {properties: {size: {enum: [large]}}}}
    - name: v1alpha1
      served: false
      storage: false
      schema: {openAPIV3Schema: {type: object}}
  ---
  apiVersion: apiextensions.k8s.io/v1
  kind: CustomResourceDefinition
  metadata: {name: gadgets.example.com}
  spec:
    group: example.com
    scope: Cluster
    names: {kind: Gadget, plural: gadgets}
    versions:
    - {name: v2, served: true, storage: true, schema: {openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}}}
`);

const widget = (spec: string) => `${CRD}---\napiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n${spec}\n`;

describe('CRDs in the input', () => {
  it('register their served versions with scope and plural', () => {
    const registry = freshRegistry();
    expect(registerCrds(registry, manifests(CRD))).toEqual([]);
    expect(registry.lookup('example.com/v1', 'Widget')).toMatchObject({ source: 'crd', plural: 'widgets', namespaced: true, origin: 'test.yaml' });
    expect(registry.lookup('example.com/v1alpha1', 'Widget')).toBeUndefined(); // not served
    expect(registry.isNamespaced('example.com/v2', 'Gadget')).toBe(false);
    expect(registry.kindsFor('Widget').map((k) => k.apiVersion)).toEqual(['example.com/v1']);
  });

  it('validate their custom resources: a valid one has no findings', () => {
    const spec = [
      '  size: small',
      '  mode: fast',
      '  replicas: 2',
      '  port: http',
      '  timeout: 5m',
      '  created: 2024-01-02T15:04:05Z',
      '  note: null',
      '  extra: {anything: [1, 2], goes: {here: true}}',
      '  loose: {whatever: 1}',
      '  labels: {a: b}',
      '  template: {apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: []}}',
      '  rules: [{expr: x}]',
    ].join('\n');
    expect(validate(widget(spec), {}, freshRegistry())).toEqual([]);
  });

  it('report unknown fields where the schema is structural, required fields, enums and constraints', () => {
    const spec = ['  sise: small', '  replicas: 0', '  port: 1.5', '  name: ABC', '  labels: {a: 1}', '  rules: [{expr: x, bogus: 1}]', '  extra: {free: 1}'].join('\n');
    const text = `${widget(spec)}bogus: 1\nstatus: {whatever: 1}\n`;
    const n = text.split('\n').lastIndexOf('spec:') + 1; // 1-based line of the Widget's `spec:`
    expect(validate(text, {}, freshRegistry()).map(brief)).toEqual([
      `schema-required ${n}:1-${n}:5 missing required field "size" in spec`,
      `schema-unknown-field ${n + 1}:3-${n + 1}:7 unknown field "sise" in spec (did you mean "size"?)`,
      `schema-format ${n + 2}:13-${n + 2}:14 spec.replicas: must be >= 1, got 0`,
      `schema-format ${n + 3}:9-${n + 3}:12 spec.port: expected an integer or a string, got number 1.5`,
      `schema-format ${n + 4}:9-${n + 4}:12 spec.name: "ABC" does not match the pattern "^[a-z]+$"`,
      `schema-type ${n + 5}:15-${n + 5}:16 spec.labels.a: expected string, got number 1; quote it: "1"`,
      `schema-unknown-field ${n + 6}:21-${n + 6}:26 unknown field "bogus" in spec.rules[0]`,
      `schema-unknown-field ${n + 8}:1-${n + 8}:6 unknown field "bogus" in Widget`,
    ]);
  });

  it('check metadata as ObjectMeta and embedded resources\' metadata too', () => {
    const spec = '  size: small\n  mode: fast\n  template: {apiVersion: v1, kind: Pod, metadata: {nme: p}}';
    const text = widget(spec).replace('  name: w\n', '  name: w\n  labls: {}\n');
    expect(validate(text, {}, freshRegistry()).map((d) => d.message)).toEqual([
      'unknown field "labls" in ObjectMeta (did you mean "labels"?)',
      'unknown field "nme" in ObjectMeta (did you mean "name"?)',
    ]);
  });

  it('check value-validation branches (anyOf) without treating them as closed objects', () => {
    const ds = validate(widget('  size: small'), {}, freshRegistry());
    const kindLine = widget('').split('\n').lastIndexOf('kind: Widget') + 1;
    expect(ds.map(brief)).toEqual([`schema-format ${kindLine}:7-${kindLine}:13 Widget: does not match any of the allowed forms`]);
    expect(ds[0]!.path).toBeUndefined();
    expect(validate(widget('  size: large'), {}, freshRegistry())).toEqual([]);
  });

  it('are read from apiextensions.k8s.io/v1beta1 too (reported as removed, but their schema still applies)', () => {
    const text = yaml(`
      apiVersion: apiextensions.k8s.io/v1beta1
      kind: CustomResourceDefinition
      metadata: {name: olds.example.com}
      spec:
        group: example.com
        version: v1
        names: {kind: Old, plural: olds}
        validation:
          openAPIV3Schema:
            properties:
              spec: {properties: {count: {type: integer}}}
      ---
      apiVersion: example.com/v1
      kind: Old
      metadata: {name: o}
      spec: {count: many}
    `);
    expect(validate(text, {}, freshRegistry()).map((d) => `${d.rule}: ${d.message}`)).toEqual([
      'api-removed: unknown apiVersion/kind "apiextensions.k8s.io/v1beta1" CustomResourceDefinition: removed in 1.22, use apiextensions.k8s.io/v1',
      'schema-type: spec.count: expected integer, got string "many"',
    ]);
  });

  it('with an unusable schema give a schema-invalid warning instead of a crash', () => {
    const text = yaml(`
      apiVersion: apiextensions.k8s.io/v1
      kind: CustomResourceDefinition
      metadata: {name: bads.example.com}
      spec:
        group: example.com
        scope: Namespaced
        names: {kind: Bad, plural: bads}
        versions:
        - {name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object, properties: {spec: {type: string, maxLength: ten}}}}}
      ---
      apiVersion: example.com/v1
      kind: Bad
      metadata: {name: b}
      spec: x
    `);
    const ds = validate(text, {}, freshRegistry());
    expect(ds.map((d) => `${d.object} ${d.rule} ${d.severity}`)).toEqual([
      'CustomResourceDefinition/bads.example.com schema-type error', // maxLength must be an integer
      'Bad/b schema-invalid warning',
    ]);
    ds.shift();
    expect(ds[0]!.message).toMatch(/^cannot validate example\.com\/v1 Bad: its schema from test\.yaml is invalid: /);
  });

  it('read Go (RE2) patterns: leading flags work, unreadable patterns are not checked', () => {
    const text = yaml(`
      apiVersion: apiextensions.k8s.io/v1
      kind: CustomResourceDefinition
      metadata: {name: rules.example.com}
      spec:
        group: example.com
        scope: Namespaced
        names: {kind: Rule, plural: rules}
        versions:
        - name: v1
          served: true
          storage: true
          schema:
            openAPIV3Schema:
              type: object
              properties:
                spec:
                  type: object
                  properties:
                    action: {type: string, pattern: '^(?i)(abort|warn)?$'}
                    odd: {type: string, pattern: '(unclosed'}
      ---
      apiVersion: example.com/v1
      kind: Rule
      metadata: {name: r}
      spec: {action: WARN, odd: anything}
      ---
      apiVersion: example.com/v1
      kind: Rule
      metadata: {name: s}
      spec: {action: stop}
    `);
    expect(validate(text, {}, freshRegistry()).map((d) => d.message)).toEqual(['spec.action: "stop" does not match the pattern "^(?i)(abort|warn)?$"']);
  });

  it('answer field lookups for hovers', () => {
    const registry = freshRegistry();
    registerCrds(registry, manifests(CRD));
    expect(registry.fieldInfo({ apiVersion: 'example.com/v1', kind: 'Widget' }, 'spec.size')).toMatchObject({
      type: 'string',
      required: true,
      enum: ['small', 'large'],
    });
    expect(registry.fieldInfo('Widget', 'spec.port')?.type).toBe('IntOrString');
    expect(registry.fieldInfo('Widget', 'spec.labels.any')?.type).toBe('string');
    expect(registry.fieldInfo('Widget', 'metadata.labels')?.type).toBe('map[string]string');
    expect(registry.fieldInfo('Widget', 'spec.rules[0].expr')?.type).toBe('string');
    expect(registry.fieldInfo('Widget', 'spec.nope')).toBeUndefined();
  });
});
