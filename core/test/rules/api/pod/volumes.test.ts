import { describe, expect, it } from 'vitest';
import { isDns1123Label } from '../../../../src/model/names.js';
import { volumeMounts } from '../../../../src/rules/api/pod/volume-mounts.js';
import { volumes } from '../../../../src/rules/api/pod/volumes.js';
import { findingsOf, summary } from '../../helpers.js';
import { pod, statefulSet, web } from './builders.js';

const vols = (v: string): string => pod(`${web()}\nvolumes:\n${v}`);

// Upstream: pkg/apis/core/validation/validation.go ValidateVolumes (validation_test.go TestValidateVolumes:
// "empty name", "name not a DNS label", "name duplicated", "multiple volume types" → "may not specify more than 1
// volume type"), validateSecretVolumeSource / validateConfigMapVolumeSource (name required), validateKeyToPath,
// validateHostPathVolumeSource, validateNFSVolumeSource, validateProjectionSources, and SetDefaults_Volume (a
// volume without a source is an emptyDir, so "must specify a volume type" never reaches users).
describe('volumes', () => {
  it.each([
    { name: 'distinct volumes with one source each pass', v: '  - {name: a, emptyDir: {}}\n  - {name: b, configMap: {name: cfg}}', out: [] },
    { name: 'a volume without a source defaults to emptyDir', v: '  - name: scratch', out: [] },
    { name: 'an empty name is required', v: '  - {name: "", emptyDir: {}}', out: ['volumes 11:14 spec.volumes[0].name: Required value'] },
    {
      name: 'a name with a dot is not a DNS-1123 label',
      v: '  - {name: my.vol, emptyDir: {}}',
      out: isDns1123Label('my.vol').map((m) => `volumes 11:14 spec.volumes[0].name: Invalid value: "my.vol": ${m}`),
    },
    { name: 'a repeated name is a duplicate', v: '  - {name: a, emptyDir: {}}\n  - {name: a, emptyDir: {}}', out: ['volumes 12:14 spec.volumes[1].name: Duplicate value: "a"'] },
    {
      name: 'the source after the first in the API server order (secret, then configMap) is forbidden',
      v: '  - name: a\n    configMap: {name: cfg}\n    secret: {secretName: s}',
      out: ['volumes 12:7 spec.volumes[0].configMap: Forbidden: may not specify more than 1 volume type'],
    },
    {
      name: 'a second downwardAPI source keeps the upstream spelling',
      v: '  - name: a\n    emptyDir: {}\n    downwardAPI: {items: []}',
      out: ['volumes 13:7 spec.volumes[0].downwarAPI: Forbidden: may not specify more than 1 volume type'],
    },
    { name: 'a secret source without secretName is required', v: '  - {name: a, secret: {}}', out: ['volumes 11:17 spec.volumes[0].secret.secretName: Required value'] },
    { name: 'a configMap source without name is required', v: '  - {name: a, configMap: {optional: true}}', out: ['volumes 11:17 spec.volumes[0].configMap.name: Required value'] },
    {
      name: 'an item path escaping the volume is invalid',
      v: '  - name: a\n    configMap:\n      name: cfg\n      items: [{key: k, path: ../etc/passwd}]',
      out: ['volumes 14:32 spec.volumes[0].configMap.items[0].path: Invalid value: "../etc/passwd": must not contain \'..\''],
    },
    {
      name: 'a defaultMode above 0777 is invalid',
      v: '  - {name: a, secret: {secretName: s, defaultMode: 1000}}',
      out: ['volumes 11:54 spec.volumes[0].secret.defaultMode: Invalid value: 1000: must be a number between 0 and 0777 (octal), both inclusive'],
    },
    { name: 'an NFS path must be absolute', v: '  - {name: a, nfs: {server: nfs, path: exports}}', out: ['volumes 11:42 spec.volumes[0].nfs.path: Invalid value: "exports": must be an absolute path'] },
    {
      name: 'a projected source with two kinds is forbidden',
      v: '  - name: a\n    projected:\n      sources:\n        - {configMap: {name: c}, secret: {name: s}}',
      out: ['volumes 14:13 spec.volumes[0].projected.sources[0]: Forbidden: may not specify more than 1 volume type per source'],
    },
    {
      name: 'a projected token living under ten minutes is invalid',
      v: '  - name: a\n    projected:\n      sources:\n        - serviceAccountToken: {path: token, expirationSeconds: 60}',
      out: ['volumes 14:67 spec.volumes[0].projected.sources[0].serviceAccountToken.expirationSeconds: Invalid value: 60: may not specify a duration less than 10 minutes'],
    },
  ])('$name', ({ v, out }) => {
    expect(summary(findingsOf(volumes, vols(v)))).toEqual(out);
  });
});

// Upstream: ValidateVolumeMounts (TestValidateVolumeMounts: "name not found", "empty mountpath", "mountpath
// collision", "absolute subpath", "subpath contains ..", "subpath and subpathexpr not specified together") — it names
// subPath errors on the list (`volumeMounts.subPath`), and so does kubeplan — and ValidateVolumeDevices.
describe('volume-mounts', () => {
  const mounts = (m: string, v = '  - {name: data, emptyDir: {}}'): string => pod(`${web(`volumeMounts:\n${m}`)}\nvolumes:\n${v}`);
  it.each([
    { name: 'a mount of a defined volume passes', yaml: mounts('  - {name: data, mountPath: /data, subPath: app}'), out: [] },
    { name: 'a mount of an undefined volume is not found', yaml: mounts('  - {name: cache, mountPath: /cache}'), out: ['volume-mounts 10:18 spec.containers[0].volumeMounts[0].name: Not found: "cache"'] },
    {
      name: 'two mounts at one path are invalid',
      yaml: mounts('  - {name: data, mountPath: /data}\n  - {name: data, mountPath: /data}'),
      out: ['volume-mounts 11:35 spec.containers[0].volumeMounts[1].mountPath: Invalid value: "/data": must be unique'],
    },
    { name: 'an empty mountPath is required', yaml: mounts('  - {name: data, mountPath: ""}'), out: ['volume-mounts 10:35 spec.containers[0].volumeMounts[0].mountPath: Required value'] },
    {
      name: 'an absolute subPath is invalid, named on the list',
      yaml: mounts('  - {name: data, mountPath: /data, subPath: /etc}'),
      out: ['volume-mounts 10:51 spec.containers[0].volumeMounts.subPath: Invalid value: "/etc": must be a relative path'],
    },
    {
      name: 'subPath and subPathExpr together are exclusive',
      yaml: mounts('  - {name: data, mountPath: /data, subPath: a, subPathExpr: $(POD)}'),
      out: ['volume-mounts 10:67 spec.containers[0].volumeMounts[0].subPathExpr: Invalid value: "$(POD)": subPathExpr and subPath are mutually exclusive'],
    },
    {
      name: 'Bidirectional propagation needs a privileged container',
      yaml: mounts('  - {name: data, mountPath: /data, mountPropagation: Bidirectional}'),
      out: ['volume-mounts 10:60 spec.containers[0].volumeMounts.mountPropagation: Forbidden: Bidirectional mount propagation is available only to privileged containers'],
    },
    {
      name: 'recursiveReadOnly needs a read-only mount',
      yaml: mounts('  - {name: data, mountPath: /data, recursiveReadOnly: Enabled}'),
      out: ['volume-mounts 10:61 spec.containers[0].volumeMounts.recursiveReadOnly: Forbidden: may only be specified when readOnly is true'],
    },
    {
      name: 'a block device from an emptyDir is invalid',
      yaml: pod(`${web('volumeDevices:\n  - {name: data, devicePath: /dev/xvda}')}\nvolumes:\n  - {name: data, emptyDir: {}}`),
      out: ['volume-mounts 10:18 spec.containers[0].volumeDevices[0].name: Invalid value: "data": can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode'],
    },
  ])('$name', ({ yaml, out }) => {
    expect(summary(findingsOf(volumeMounts, yaml))).toEqual(out);
  });

  it("finds a StatefulSet's volumeClaimTemplates, which its controller adds to every Pod", () => {
    const yaml = `${statefulSet(web('volumeMounts:\n  - {name: data, mountPath: /data}'))}  volumeClaimTemplates:\n    - metadata: {name: data}\n      spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}\n`;
    expect(findingsOf(volumeMounts, yaml)).toEqual([]);
  });

  it('downgrades StatefulSet findings to warnings: the API server only rejects the Pods', () => {
    const ds = findingsOf(volumeMounts, statefulSet(web('volumeMounts:\n  - {name: data, mountPath: /data}')));
    expect(ds.map((d) => [d.severity, d.message])).toEqual([
      [
        'warning',
        'spec.template.spec.containers[0].volumeMounts[0].name: Not found: "data" (StatefulSet templates are not validated on create: the StatefulSet is accepted, but the Pods it creates are rejected)',
      ],
    ]);
  });
});
