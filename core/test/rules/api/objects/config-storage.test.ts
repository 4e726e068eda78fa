import { describe, expect, it } from 'vitest';
import { configMapInvalid } from '../../../../src/rules/api/objects/configmap-invalid.js';
import { pvcSpecInvalid } from '../../../../src/rules/api/objects/pvc-spec-invalid.js';
import { secretInvalid } from '../../../../src/rules/api/objects/secret-invalid.js';
import { storageClassInvalid } from '../../../../src/rules/api/objects/storageclass-invalid.js';
import { lint, manifest } from './object-builders.js';

const CONFIG_KEY =
  "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name', or 'KEY_NAME', or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

// Upstream: pkg/apis/core/validation/validation.go ValidateConfigMap (IsConfigMapKey, "duplicate of key present in
// binaryData", core.MaxSecretSize) — validation_test.go TestValidateConfigMap cases "invalid key", "leading dot key",
// "too large", "duplicate key in data and binaryData".
describe('configmap-invalid', () => {
  it.each([
    { name: 'dotted and underscored keys pass', yaml: manifest('v1', 'ConfigMap', 'data:\n  app.properties: x\n  .hidden: y\n  KEY_NAME: z'), want: [] },
    { name: 'a key with a slash fails', yaml: manifest('v1', 'ConfigMap', 'data:\n  conf/app.yaml: x'), want: [`configmap-invalid 6:3 data[conf/app.yaml]: Invalid value: "conf/app.yaml": ${CONFIG_KEY}`] },
    { name: 'a key starting with two dots fails', yaml: manifest('v1', 'ConfigMap', 'data:\n  ..data: x'), want: ["configmap-invalid 6:3 data[..data]: Invalid value: \"..data\": must not start with '..'"] },
    {
      name: 'a key in both data and binaryData fails',
      yaml: manifest('v1', 'ConfigMap', 'data:\n  logo: x\nbinaryData:\n  logo: eA=='),
      want: ['configmap-invalid 6:3 data[logo]: Invalid value: "logo": duplicate of key present in binaryData'],
    },
    {
      name: 'more than 1 MiB of data fails',
      yaml: manifest('v1', 'ConfigMap', `data:\n  a: ${'x'.repeat(600 * 1024)}\nbinaryData:\n  b: ${'eHh4'.repeat(200 * 1024)}`),
      want: ['configmap-invalid 5:1 Too long: must have at most 1048576 bytes'],
    },
  ])('$name', ({ yaml, want }) => {
    expect(lint(configMapInvalid, yaml)).toEqual(want);
  });
});

const b64 = (s: string): string => Buffer.from(s).toString('base64');

// Upstream: pkg/apis/core/validation/validation.go ValidateSecret — keys of data and stringData (merged on conversion),
// core.MaxSecretSize, and the typed-Secret checks; validation_test.go TestValidateSecret cases "missing tls.crt",
// "basic auth without username and password", "invalid dockerconfigjson", "missing service account name annotation".
describe('secret-invalid', () => {
  it.each([
    { name: 'a TLS Secret with both keys in stringData passes', yaml: manifest('v1', 'Secret', 'type: kubernetes.io/tls\nstringData:\n  tls.crt: cert\n  tls.key: key'), want: [] },
    {
      name: 'a TLS Secret without tls.key fails',
      yaml: manifest('v1', 'Secret', `type: kubernetes.io/tls\ndata:\n  tls.crt: ${b64('cert')}`),
      want: ['secret-invalid 5:7 data[tls.key]: Required value'],
    },
    {
      name: 'a dockerconfigjson Secret must hold a JSON object',
      yaml: manifest('v1', 'Secret', `type: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${b64('[1,2]')}`),
      want: ['secret-invalid 7:22 data[.dockerconfigjson]: Invalid value: "<secret contents redacted>": json: cannot unmarshal array into Go value of type map[string]interface {}'],
    },
    { name: 'a dockerconfigjson Secret with a JSON object passes', yaml: manifest('v1', 'Secret', `type: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${b64('{"auths":{}}')}`), want: [] },
    {
      name: 'basic-auth needs a username or a password',
      yaml: manifest('v1', 'Secret', 'type: kubernetes.io/basic-auth\nstringData:\n  user: admin'),
      want: ['secret-invalid 5:7 data[username]: Required value', 'secret-invalid 5:7 data[password]: Required value'],
    },
    { name: 'basic-auth with an empty password passes', yaml: manifest('v1', 'Secret', 'type: kubernetes.io/basic-auth\nstringData:\n  password: ""'), want: [] },
    {
      name: 'a service-account-token Secret needs the service account annotation',
      yaml: manifest('v1', 'Secret', 'metadata:\n  name: token\n  annotations: {}\ntype: kubernetes.io/service-account-token', null),
      want: ['secret-invalid 5:3 metadata.annotations[kubernetes.io/service-account.name]: Required value'],
    },
    {
      name: 'a stringData key is reported as a data key, on the stringData entry',
      yaml: manifest('v1', 'Secret', 'stringData:\n  "api key": x'),
      want: [`secret-invalid 6:3 data[api key]: Invalid value: "api key": ${CONFIG_KEY}`],
    },
    {
      name: 'more than 1 MiB of data fails',
      yaml: manifest('v1', 'Secret', `stringData:\n  a: ${'x'.repeat(1024 * 1024)}\n  b: yy`),
      want: ['secret-invalid 5:1 data: Too long: must have at most 1048576 bytes'],
    },
  ])('$name', ({ yaml, want }) => {
    expect(lint(secretInvalid, yaml)).toEqual(want);
  });
});

const pvc = (spec: string): string => manifest('v1', 'PersistentVolumeClaim', `spec:\n${spec}`);

// Upstream: pkg/apis/core/validation/validation.go ValidatePersistentVolumeClaimSpec ("at least 1 access mode is required",
// spec.resources[storage] required and ValidatePositiveQuantityValue, ReadWriteOncePod alone, ValidateClassName);
// validation_test.go TestValidatePersistentVolumeClaim "missing-access-modes", "missing-storage-request", "zero-storage-request".
describe('pvc-spec-invalid', () => {
  it.each([
    { name: 'a claim with a mode and a storage request passes', yaml: pvc('  accessModes: [ReadWriteOnce]\n  resources: {requests: {storage: 1Gi}}'), want: [] },
    {
      name: 'a claim without modes or storage fails twice',
      yaml: pvc('  storageClassName: fast'),
      want: ['pvc-spec-invalid 5:1 spec.accessModes: Required value: at least 1 access mode is required', 'pvc-spec-invalid 5:1 spec.resources[storage]: Required value'],
    },
    {
      name: 'a zero storage request fails',
      yaml: pvc('  accessModes: [ReadWriteOnce]\n  resources: {requests: {storage: "0"}}'),
      want: ['pvc-spec-invalid 7:35 spec.resources[storage]: Invalid value: "0": must be greater than zero'],
    },
    {
      name: 'ReadWriteOncePod with another mode is forbidden',
      yaml: pvc('  accessModes: [ReadWriteOncePod, ReadWriteOnce]\n  resources: {requests: {storage: 1Gi}}'),
      want: ['pvc-spec-invalid 6:16 spec.accessModes: Forbidden: may not use ReadWriteOncePod with other access modes'],
    },
  ])('$name', ({ yaml, want }) => {
    expect(lint(pvcSpecInvalid, yaml)).toEqual(want);
  });
});

// Upstream: pkg/apis/storage/validation/validation.go validateProvisioner (IsQualifiedName of the lower-cased provisioner)
// and validateParameters; validation_test.go TestValidateStorageClass "invalid provisioner".
describe('storageclass-invalid', () => {
  it.each([
    { name: 'a CSI driver name passes', yaml: manifest('storage.k8s.io/v1', 'StorageClass', 'provisioner: Ebs.CSI.aws.com\nparameters: {type: gp3}'), want: [] },
    {
      name: 'a provisioner with a space fails',
      yaml: manifest('storage.k8s.io/v1', 'StorageClass', 'provisioner: "my disk"'),
      want: [
        "storageclass-invalid 5:14 provisioner: Invalid value: \"my disk\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
      ],
    },
    {
      name: 'an allowed topology expression without values fails',
      yaml: manifest('storage.k8s.io/v1', 'StorageClass', 'provisioner: example.com/disk\nallowedTopologies:\n  - matchLabelExpressions: [{key: topology.kubernetes.io/zone, values: []}]'),
      want: ['storageclass-invalid 7:72 allowedTopologies[0].matchLabelExpressions[0].values: Required value: must specify as least one value'],
    },
  ])('$name', ({ yaml, want }) => {
    expect(lint(storageClassInvalid, yaml)).toEqual(want);
  });
});
