/**
 * The EndpointSlice controller (pkg/controller/endpointslice, staging/src/k8s.io/endpointslice reconciler.go) for
 * Services with a selector: compares the slices the Service owns with the ones it should have
 * (endpoint-slices-desired.ts) and creates, updates or deletes the difference. Existing slices keep their names:
 * each desired slice takes an owned slice of the same address type and ports, and, as `finalize` does, a slice that
 * would be created while another of the same address type would be deleted reuses that one instead. A reconcile of
 * a settled Service returns nothing. Selectorless Services are left to their users (or the mirroring controller).
 */
import { asObject, asString, asStringMap, getIn, type Obj } from '../../model/fields.js';
import type { Action, Controller, ControllerContext, SimObject } from '../types.js';
import { deepEqual } from '../deep-equal.js';
import { desiredSlices, type DesiredSlice } from './endpoint-slices-desired.js';
import { portMapKey } from './endpoint-slices-ports.js';
import { freshNames } from './generated-names.js';
import { controllerRef, generatedObject } from './sim-object.js';

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';
const MANAGED_BY_LABEL = 'endpointslice.kubernetes.io/managed-by';
const CONTROLLER_NAME = 'endpointslice-controller.k8s.io';
const HEADLESS_LABEL = 'service.kubernetes.io/headless';

/** setEndpointSliceLabels: the Service's labels (reserved keys aside), the headless marker and the two owner labels. */
function sliceLabels(service: SimObject): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [k, v] of Object.entries(asStringMap(getIn(service.object, 'metadata', 'labels')) ?? {})) {
    if (k !== SERVICE_NAME_LABEL && k !== MANAGED_BY_LABEL && k !== HEADLESS_LABEL) labels[k] = v;
  }
  const clusterIP = asString(getIn(service.object, 'spec', 'clusterIP')) ?? '';
  if (clusterIP === '' || clusterIP === 'None') labels[HEADLESS_LABEL] = '';
  labels[SERVICE_NAME_LABEL] = service.name;
  labels[MANAGED_BY_LABEL] = CONTROLLER_NAME;
  return labels;
}

/** The fields the controller owns on a slice: an existing slice needs an update when any of them differs. */
function content(slice: DesiredSlice): Obj {
  return { addressType: slice.addressType, endpoints: slice.endpoints, ports: slice.ports };
}

function sameContent(existing: Readonly<Obj>, labels: Record<string, string>, slice: DesiredSlice): boolean {
  const current = { addressType: existing.addressType, endpoints: existing.endpoints, ports: existing.ports, labels: getIn(existing, 'metadata', 'labels') };
  return deepEqual(current, { ...content(slice), labels });
}

function newSlice(ctx: ControllerContext, service: SimObject, name: string, labels: Record<string, string>, slice: DesiredSlice): SimObject {
  const metadata: Obj = { name, generateName: `${service.name}-`, namespace: service.namespace, labels, ownerReferences: [controllerRef(service, ctx.names)] };
  return generatedObject({ apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata, ...content(slice) }, service);
}

function updated(existing: SimObject, labels: Record<string, string>, slice: DesiredSlice): SimObject {
  const metadata = { ...(asObject(existing.object.metadata) ?? {}), labels };
  return { ...existing, object: { ...existing.object, metadata, ...content(slice) } };
}

function reconcileService(ctx: ControllerContext, service: SimObject): Action[] {
  const desired = desiredSlices(ctx.state, service);
  if (desired.length === 0) return [];
  const owned = ctx.state.childrenOf(service.key).filter((o) => o.kind === 'EndpointSlice' && getIn(o.object, 'metadata', 'labels', MANAGED_BY_LABEL) === CONTROLLER_NAME);
  const byGroup = new Map<string, SimObject[]>();
  for (const slice of [...owned].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const group = `${asString(slice.object.addressType) ?? ''}\0${portMapKey(slice.object.ports)}`;
    byGroup.set(group, [...(byGroup.get(group) ?? []), slice]);
  }
  const labels = sliceLabels(service);
  const pairs: { existing?: SimObject; slice: DesiredSlice }[] = desired.map((slice) => {
    const existing = byGroup.get(`${slice.addressType}\0${slice.portKey}`)?.shift();
    return existing === undefined ? { slice } : { existing, slice };
  });
  const leftovers = [...byGroup.values()].flat();
  const actions: Action[] = [];
  const toCreate: DesiredSlice[] = [];
  for (const { existing, slice } of pairs) {
    const spare = existing === undefined ? leftovers.findIndex((o) => o.object.addressType === slice.addressType) : -1;
    const reuse = existing ?? (spare >= 0 ? leftovers.splice(spare, 1)[0] : undefined);
    if (reuse === undefined) toCreate.push(slice);
    else if (!sameContent(reuse.object, labels, slice)) actions.push({ type: 'update', object: updated(reuse, labels, slice) });
  }
  const names = freshNames(ctx, 'EndpointSlice', service.namespace, `${service.name}-`, service.key, toCreate.length);
  toCreate.forEach((slice, i) => actions.push({ type: 'create', object: newSlice(ctx, service, names[i] as string, labels, slice) }));
  for (const stale of leftovers) actions.push({ type: 'delete', key: stale.key });
  return actions;
}

/** Reconciles each Service's EndpointSlices. */
export const endpointSliceController: Controller = {
  kind: 'Service',
  reconcile: reconcileService,
};
