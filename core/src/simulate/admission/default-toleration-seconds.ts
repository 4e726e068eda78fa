/**
 * DefaultTolerationSeconds (plugin/pkg/admission/defaulttolerationseconds/admission.go): every Pod that does
 * not already tolerate them gets `node.kubernetes.io/not-ready:NoExecute` and `node.kubernetes.io/unreachable:NoExecute`
 * for 300 s (the flags' defaults), so its pods leave a failed node after five minutes. A toleration with an empty
 * key (or the same key) and an empty (or NoExecute) effect counts as already tolerating.
 */
import { asString, objectItems } from '../../model/fields.js';
import { isPod, podSpecOf, type AdmissionPlugin, type AdmissionRequest } from './admission-request.js';
import { childArray } from './mutable.js';
import type { Rejection } from './admission-types.js';

export const NOT_READY_TAINT = 'node.kubernetes.io/not-ready';
export const UNREACHABLE_TAINT = 'node.kubernetes.io/unreachable';
/** --default-not-ready-toleration-seconds and --default-unreachable-toleration-seconds. */
export const DEFAULT_TOLERATION_SECONDS = 300;

function admit(request: AdmissionRequest): Rejection | undefined {
  if (!isPod(request)) return undefined;
  const spec = podSpecOf(request);
  const tolerates = (key: string): boolean =>
    objectItems(spec.tolerations).some(({ item }) => {
      const k = asString(item.key) ?? '';
      const effect = asString(item.effect) ?? '';
      return (k === key || k === '') && (effect === 'NoExecute' || effect === '');
    });
  for (const key of [NOT_READY_TAINT, UNREACHABLE_TAINT]) {
    if (tolerates(key)) continue;
    childArray(spec, 'tolerations').push({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: DEFAULT_TOLERATION_SECONDS });
  }
  return undefined;
}

export const defaultTolerationSeconds: AdmissionPlugin = { name: 'DefaultTolerationSeconds', admit };
