import { describe, expect, it } from 'vitest';
import { brief, validate, yaml } from './helpers.js';

/** A Pod: `metadata` and `spec` are the indented bodies of those keys. */
const pod = (spec: string, metadata = '  name: web') => `apiVersion: v1\nkind: Pod\nmetadata:\n${metadata}\nspec:\n${spec}\n`;

describe('schema validation of built-in kinds', () => {
  it('accepts a valid object with no findings', () => {
    expect(validate(pod('  containers:\n  - name: app\n    image: nginx'))).toEqual([]);
  });

  it('reports an unknown field on its key, suggests the closest field and offers a rename', () => {
    const text = pod('  contianers:\n  - name: app\n    image: nginx');
    const [required, unknown] = validate(text);
    expect(brief(unknown!)).toBe('schema-unknown-field 6:3-6:13 unknown field "contianers" in PodSpec (did you mean "containers"?)');
    expect(unknown).toMatchObject({ severity: 'error', file: 'test.yaml', object: 'Pod/web', path: 'spec.contianers' });
    expect(unknown!.fix).toEqual({
      title: 'Rename to "containers"',
      edits: [{ range: { start: { line: 5, col: 2 }, end: { line: 5, col: 12 } }, newText: 'containers' }],
    });
    expect(brief(required!)).toBe('schema-required 5:1-5:5 missing required field "containers" in PodSpec');
    expect(required!.path).toBe('spec.containers');
  });

  it('keeps the quotes of a quoted key in the rename fix', () => {
    const d = validate(pod('  "contianers": [{name: app}]')).find((x) => x.rule === 'schema-unknown-field');
    expect(d!.fix?.edits[0]?.newText).toBe('"containers"');
  });

  it('says where a misplaced field belongs', () => {
    const text = yaml(`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        selector: {matchLabels: {app: web}}
        containers: []
        template:
          metadata: {labels: {app: web}}
          spec:
            containers: [{name: app, image: nginx}]
    `);
    expect(validate(text).map(brief)).toEqual([
      'schema-unknown-field 7:3-7:13 unknown field "containers" in DeploymentSpec (it belongs in spec.template.spec)',
    ]);
  });

  it('explains labels written directly in a label selector', () => {
    const text = yaml(`
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: {name: deny}
      spec:
        podSelector: {app: web}
    `);
    expect(validate(text).map((d) => d.message)).toEqual(['unknown field "app" in LabelSelector (labels to match go under matchLabels)']);
  });

  it('checks metadata as ObjectMeta', () => {
    expect(validate(pod('  containers: [{name: a}]', '  name: web\n  label: {app: web}')).map(brief)).toEqual([
      'schema-unknown-field 5:3-5:8 unknown field "label" in ObjectMeta (did you mean "labels"?)',
    ]);
  });

  it('makes unknown fields warnings with strict: false (kubeconform\'s default is to accept them)', () => {
    const [d] = validate(pod('  containers: [{name: a}]\n  replicas: 2'), { strict: false });
    expect(d).toMatchObject({ rule: 'schema-unknown-field', severity: 'warning', message: 'unknown field "replicas" in PodSpec' });
  });

  it('reports type mismatches on the value, in words', () => {
    const text = yaml(`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        annotations: [a, b]
      spec:
        replicas: asd
        selector: {matchLabels: {app: web}}
        template:
          spec:
            containers: {name: app}
    `);
    expect(validate(text).map(brief)).toEqual([
      'schema-type 5:16-5:22 metadata.annotations: expected a map of string to string, got a list',
      'schema-type 7:13-7:16 spec.replicas: expected integer, got string "asd"',
      'schema-type 11:19-11:30 spec.template.spec.containers: expected a list of Container objects, got a map',
    ]);
  });

  it('explains YAML 1.1 booleans and numbers in string fields, with a fix that quotes them', () => {
    const text = yaml(`
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: settings
        labels:
          enabled: yes
          version: 1.10
          debug: true
    `);
    const ds = validate(text);
    expect(ds.map((d) => d.message)).toEqual([
      'metadata.labels.enabled: expected string, got boolean: "yes" is read as a YAML 1.1 boolean; quote it: "yes"',
      'metadata.labels.version: expected string, got number: 1.10 is read as the number 1.1; quote it: "1.10"',
      'metadata.labels.debug: expected string, got boolean true; quote it: "true"',
    ]);
    expect(ds[0]!.fix).toEqual({
      title: 'Quote "yes"',
      edits: [{ range: { start: { line: 5, col: 13 }, end: { line: 5, col: 16 } }, newText: '"yes"' }],
    });
  });

  it('suggests removing quotes around numbers in integer fields', () => {
    const [d] = validate(yaml(`
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata: {name: web}
      spec:
        replicas: "3"
        selector: {matchLabels: {app: web}}
    `));
    expect(d!.message).toBe('spec.replicas: expected integer, got string "3"; write it without quotes: 3');
    expect(d!.fix?.edits[0]?.newText).toBe('3');
  });

  it('reports a missing required field of a list item on the item', () => {
    const ds = validate(pod('  containers:\n  - image: nginx'));
    expect(ds.map(brief)).toEqual(['schema-required 7:5-7:10 missing required field "name" in Container']);
    expect(ds[0]!.path).toBe('spec.containers[0].name');
  });

  it('reports unsupported enum values in the API server\'s words, with a fix for near misses', () => {
    const ds = validate(pod('  restartPolicy: always\n  containers:\n  - name: app\n    imagePullPolicy: Alwayz\n    ports: [{containerPort: 80, protocol: tcp}]'));
    expect(ds.map(brief)).toEqual([
      'schema-enum 6:18-6:24 spec.restartPolicy: Unsupported value: "always": supported values: "Always", "OnFailure", "Never"',
      'schema-enum 9:22-9:28 spec.containers[0].imagePullPolicy: Unsupported value: "Alwayz": supported values: "Always", "IfNotPresent", "Never"',
      'schema-enum 10:43-10:46 spec.containers[0].ports[0].protocol: Unsupported value: "tcp": supported values: "TCP", "UDP", "SCTP"',
    ]);
    expect(ds.map((d) => d.fix?.edits[0]?.newText)).toEqual(['Always', 'Always', 'TCP']);
  });

  it('checks quantities like resource.ParseQuantity', () => {
    const ds = validate(pod('  containers:\n  - name: app\n    resources:\n      limits: {memory: 1GB, cpu: 5 Mi, ephemeral-storage: 1.5.0}\n      requests: {cpu: 500m, memory: 1Gi, pods: 1e3, gpu: 0.5, storage: 256000}'));
    expect(ds.map(brief)).toEqual([
      'schema-format 9:24-9:27 spec.containers[0].resources.limits.memory: invalid quantity "1GB": did you mean "1Gi" (powers of 1024) or "1G" (powers of 1000)?',
      'schema-format 9:34-9:38 spec.containers[0].resources.limits.cpu: invalid quantity "5 Mi": remove the spaces: "5Mi"',
      'schema-format 9:59-9:64 spec.containers[0].resources.limits.ephemeral-storage: invalid quantity "1.5.0": use a number with an optional suffix (m, k, M, G, T, Ki, Mi, Gi, Ti...) or exponent, e.g. 500m, 1.5, 128Mi, 1e3',
    ]);
  });

  it('checks int-or-string, int32 ranges, base64 and date-time', () => {
    const text = yaml(`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
        creationTimestamp: yesterday
      spec:
        containers:
        - name: app
          ports: [{containerPort: 3000000000}]
          livenessProbe: {httpGet: {port: 1.5}}
      ---
      apiVersion: v1
      kind: Secret
      metadata: {name: creds}
      data: {password: hunter2}
    `);
    expect(validate(text).map(brief)).toEqual([
      'schema-format 5:22-5:31 metadata.creationTimestamp: invalid date-time "yesterday": use RFC 3339, e.g. "2024-01-02T15:04:05Z"',
      'schema-format 9:29-9:39 spec.containers[0].ports[0].containerPort: 3000000000 is out of range for int32 (-2147483648 to 2147483647)',
      'schema-format 10:37-10:40 spec.containers[0].livenessProbe.httpGet.port: expected an integer or a string, got number 1.5',
      'schema-format 15:18-15:25 data.password: invalid base64 value; Secret data must be base64-encoded (put plain text under stringData)',
    ]);
  });

  it('treats null as absent and accepts status', () => {
    const text = yaml(`
      apiVersion: v1
      kind: Service
      metadata:
        name: web
        creationTimestamp: null
        labels: null
      spec:
        ports: [{port: 80, targetPort: http, name: null}]
        type: null
      status:
        loadBalancer: {}
    `);
    expect(validate(text)).toEqual([]);
  });

  it('accepts free-form fields, int-or-string written either way, and quantities as numbers', () => {
    const text = yaml(`
      apiVersion: apps/v1
      kind: ControllerRevision
      metadata: {name: r}
      revision: 1
      data: {anything: [1, {goes: true}]}
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web}
      spec:
        selector: {matchLabels: {app: web}}
        strategy: {rollingUpdate: {maxSurge: 25%, maxUnavailable: 0}}
        template:
          spec:
            containers: [{name: app, resources: {limits: {cpu: 2, memory: 1.5}}}]
            tolerations: [{key: k, operator: Exists, effect: ""}]
    `);
    expect(validate(text)).toEqual([]);
  });
});
