/**
 * restrictedVolumes (policy/check_restrictedVolumes.go, restricted 1.0): only configMap, csi, downwardAPI,
 * emptyDir, ephemeral, image, persistentVolumeClaim, projected and secret volumes. Replaces hostPathVolumes.
 */
import { asString, objectItems, type Obj } from '../../../../model/fields.js';
import { joinQuote, pluralize, sortedSet, type PodSecurityCheck, type PodView, type Violation } from '../check.js';

const ALLOWED = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'image', 'persistentVolumeClaim', 'projected', 'secret']);

/** The volume's source field (`hostPath`, `nfs`...); a volume without one is an emptyDir after defaulting. */
function sourceOf(volume: Obj): string {
  return Object.keys(volume).find((k) => k !== 'name') ?? 'emptyDir';
}

function check({ spec }: PodView): Violation | undefined {
  const bad: string[] = [];
  const types: string[] = [];
  for (const { item } of objectItems(spec.volumes)) {
    const source = sourceOf(item);
    if (ALLOWED.has(source)) continue;
    bad.push(asString(item.name) ?? '');
    types.push(source);
  }
  if (bad.length === 0) return undefined;
  const restricted = sortedSet(types);
  return {
    reason: 'restricted volume types',
    detail: `${pluralize('volume', 'volumes', bad.length)} ${joinQuote(bad)} ${pluralize('uses', 'use', bad.length)} ${pluralize('restricted volume type', 'restricted volume types', restricted.length)} ${joinQuote(restricted)}`,
  };
}

export const restrictedVolumes: PodSecurityCheck = { id: 'restrictedVolumes', level: 'restricted', since: 0, overrides: ['hostPathVolumes'], check };
