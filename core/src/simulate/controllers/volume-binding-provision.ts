/**
 * Dynamic provisioning as a cluster with a working provisioner shows it: the PV controller hands the claim to the
 * class's (external) provisioner (pv_controller.go provisionClaimOperationExternal, which annotates the claim with
 * `volume.kubernetes.io/storage-provisioner`), the provisioner creates `pvc-<claim uid>` already pointing at the
 * claim (sig-storage-lib-external-provisioner), and the controller binds the two. kubeplan does all of it in one
 * step. The volume takes the claim's size, access modes and volumeMode, and the class's reclaim policy and mount
 * options. Topology: node-local provisioners pin the volume to the selected node's hostname; others, to its zone.
 */
import { asArray, asString, getIn, type Obj } from '../../model/fields.js';
import type { Action, ControllerContext, SimObject } from '../types.js';
import { ZONE_LABEL } from './endpoint-slices-desired.js';
import { selectedNodeOf } from './volume-binding-assign.js';
import { boundClaim, claimRefTo } from './volume-binding-bind.js';
import { NO_PROVISIONER } from './volume-binding-classes.js';
import { createAction, uidOf } from './sim-object.js';

const PROVISIONED_BY_ANNOTATION = 'pv.kubernetes.io/provisioned-by';
const STORAGE_PROVISIONER_ANNOTATION = 'volume.kubernetes.io/storage-provisioner';
const BETA_STORAGE_PROVISIONER_ANNOTATION = 'volume.beta.kubernetes.io/storage-provisioner';
const HOSTNAME_LABEL = 'kubernetes.io/hostname';
const LOCAL_PATH = 'rancher.io/local-path';
/** Provisioners whose volumes live on one node's disk. */
const NODE_LOCAL_PROVISIONERS: ReadonlySet<string> = new Set([LOCAL_PATH, NO_PROVISIONER]);

function term(key: string, value: string): Obj {
  return { required: { nodeSelectorTerms: [{ matchExpressions: [{ key, operator: 'In', values: [value] }] }] } };
}

/** The volume's node affinity for a claim provisioned for a pod on `nodeName`; undefined without topology. */
function nodeAffinityFor(ctx: ControllerContext, provisioner: string, nodeName: string | undefined): Obj | undefined {
  if (nodeName === undefined) return undefined;
  const labels = ctx.state.node(nodeName)?.labels ?? {};
  if (NODE_LOCAL_PROVISIONERS.has(provisioner)) return term(HOSTNAME_LABEL, labels[HOSTNAME_LABEL] ?? nodeName);
  const zone = labels[ZONE_LABEL];
  return zone === undefined || zone === '' ? undefined : term(ZONE_LABEL, zone);
}

/** Creates the claim's volume and binds the claim to it. */
export function provisionActions(ctx: ControllerContext, pvc: SimObject, cls: SimObject): Action[] {
  const provisioner = asString(cls.object.provisioner) ?? '';
  const name = `pvc-${uidOf(pvc, ctx.names)}`;
  const nodeAffinity = nodeAffinityFor(ctx, provisioner, selectedNodeOf(pvc.object));
  const mountOptions = asArray(cls.object.mountOptions);
  const source: Obj =
    provisioner === LOCAL_PATH
      ? { hostPath: { path: `/opt/local-path-provisioner/${name}_${pvc.namespace}_${pvc.name}`, type: 'DirectoryOrCreate' } }
      : { csi: { driver: provisioner, volumeHandle: name } };
  const spec: Obj = {
    accessModes: getIn(pvc.object, 'spec', 'accessModes'),
    capacity: { storage: getIn(pvc.object, 'spec', 'resources', 'requests', 'storage') },
    claimRef: claimRefTo(pvc),
    persistentVolumeReclaimPolicy: asString(cls.object.reclaimPolicy) ?? 'Delete',
    storageClassName: cls.name,
    volumeMode: asString(getIn(pvc.object, 'spec', 'volumeMode')) ?? 'Filesystem',
    ...(mountOptions === undefined ? {} : { mountOptions }),
    ...(nodeAffinity === undefined ? {} : { nodeAffinity }),
    ...source,
  };
  const pv: Obj = { apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name, annotations: { [PROVISIONED_BY_ANNOTATION]: provisioner } }, spec, status: { phase: 'Bound' } };
  const provisionerAnnotations = { [STORAGE_PROVISIONER_ANNOTATION]: provisioner, [BETA_STORAGE_PROVISIONER_ANNOTATION]: provisioner };
  return [
    createAction(pv, pvc),
    { type: 'update', object: boundClaim(pvc, pv, provisionerAnnotations) },
    { type: 'event', event: { type: 'Normal', reason: 'ProvisioningSucceeded', object: pvc.key, message: `Successfully provisioned volume ${name}` } },
  ];
}
