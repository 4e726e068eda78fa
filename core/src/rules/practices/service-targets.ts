import { asString, getIn } from '../../model/fields.js';
import { selectorFromMap, selectorMatches } from '../../model/label-selector.js';
import type { PodTemplateRef } from '../../model/pod-template.js';
import type { IndexedObject } from '../object-index.js';
import type { RuleContext } from '../rule.js';
import { namespaceOf, objectsInNamespace } from './namespace-lookup.js';

/**
 * The Services of the linted set that send traffic to this pod template: same namespace, a non-empty selector
 * that matches the pod labels (a Service without selector has hand-made Endpoints; ExternalName has none).
 */
export function servicesTargeting(ctx: RuleContext, template: PodTemplateRef): IndexedObject[] {
  const out: IndexedObject[] = [];
  for (const svc of objectsInNamespace(ctx.index, 'Service', namespaceOf(ctx.object, ctx.defaultNamespace))) {
    if (asString(getIn(svc.object, 'spec', 'type')) === 'ExternalName') continue;
    const selector = selectorFromMap(getIn(svc.object, 'spec', 'selector'));
    if (selector === undefined || Object.keys(selector.matchLabels).length === 0) continue;
    if (selectorMatches(selector, template.labels)) out.push(svc);
  }
  return out;
}
