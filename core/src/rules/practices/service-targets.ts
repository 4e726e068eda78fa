import { selectorMatches, serviceSelector } from '../../model/label-selector.js';
import type { PodTemplateRef } from '../../model/pod-template.js';
import type { IndexedObject } from '../object-index.js';
import type { RuleContext } from '../rule.js';

/**
 * The Services of the linted set that send traffic to this pod template: same namespace, a non-empty selector
 * that matches the pod labels (a Service without selector has hand-made Endpoints; ExternalName has none).
 */
export function servicesTargeting(ctx: RuleContext, template: PodTemplateRef): IndexedObject[] {
  const out: IndexedObject[] = [];
  for (const svc of ctx.index.inNamespace('Service', ctx.index.namespaceOf(ctx.manifest))) {
    const selector = serviceSelector(svc.object);
    if (selector !== undefined && selectorMatches(selector, template.labels)) out.push(svc);
  }
  return out;
}
