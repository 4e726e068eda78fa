import { asArray, asNumber, asObject, asString, getIn, type Obj } from '../../../model/fields.js';
import { isDns1123Subdomain, isQualifiedName, isValidPortNum } from '../../../model/names.js';
import type { Rule } from '../../rule.js';
import { fieldErrors, mapKey, type FieldErrors, type Path } from '../field-errors.js';
import { groupOf } from './api-groups.js';
import { CIDR_ERROR, parseCIDR } from './formats.js';
import { checkServiceIPs, clusterIPsOf, isHeadless } from './service-ips.js';
import { checkServicePorts } from './service-ports.js';

const TYPES = new Set(['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']);
const SOURCE_RANGES_ANNOTATION = 'service.beta.kubernetes.io/load-balancer-source-ranges';
/** core.MaxClientIPServiceAffinitySeconds. */
const MAX_AFFINITY_SECONDS = 86400;

function checkExternalName(errs: FieldErrors, spec: Obj): void {
  if (clusterIPsOf(spec).length > 0) errs.forbidden(['spec', 'clusterIPs'], 'may not be set for ExternalName services', { at: ['spec', spec.clusterIPs ? 'clusterIPs' : 'clusterIP'] });
  if ((asArray(spec.ipFamilies)?.length ?? 0) > 0) errs.forbidden(['spec', 'ipFamilies'], 'may not be set for ExternalName services');
  if (spec.ipFamilyPolicy != null) errs.forbidden(['spec', 'ipFamilyPolicy'], 'may not be set for ExternalName services');
  // A trailing dot marks the CNAME as fully qualified.
  const cname = (asString(spec.externalName) ?? '').replace(/\.$/, '');
  if (cname === '') errs.required(['spec', 'externalName']);
  else for (const msg of isDns1123Subdomain(cname)) errs.invalid(['spec', 'externalName'], cname, msg);
}

function checkSourceRanges(errs: FieldErrors, spec: Obj, annotations: Obj, lb: boolean): void {
  const ranges = asArray(spec.loadBalancerSourceRanges) ?? [];
  const annotation = asString(annotations[SOURCE_RANGES_ANNOTATION]);
  let values: { value: string; at: Path }[];
  let path: Path;
  if (ranges.length > 0) {
    path = ['spec', 'LoadBalancerSourceRanges']; // sic: ValidateService names the field with a capital L
    values = ranges.flatMap((v, i) => (typeof v === 'string' ? [{ value: v.trim(), at: ['spec', 'loadBalancerSourceRanges', i] }] : []));
  } else if (annotation !== undefined) {
    path = ['metadata', 'annotations', mapKey(SOURCE_RANGES_ANNOTATION)];
    values = annotation.trim() === '' ? [] : annotation.split(',').map((v) => ({ value: v.trim(), at: path }));
  } else return;
  const at: Path = ranges.length > 0 ? ['spec', 'loadBalancerSourceRanges'] : path;
  if (!lb) errs.forbidden(path, "may only be used when `type` is 'LoadBalancer'", { at, on: 'key' });
  values.forEach(({ value, at: where }, i) => {
    if (!parseCIDR(value)) errs.invalid(ranges.length > 0 ? [...path, i] : path, value, CIDR_ERROR, { at: where });
  });
}

/** validateServiceExternalTrafficPolicy and validateLoadBalancerClassField. */
function checkTypeDependentFields(errs: FieldErrors, spec: Obj, type: string): void {
  const lb = type === 'LoadBalancer';
  const external = lb || type === 'NodePort' || (type === 'ClusterIP' && (asArray(spec.externalIPs)?.length ?? 0) > 0);
  const etp = asString(spec.externalTrafficPolicy) ?? '';
  if (!external && etp !== '') errs.invalid(['spec', 'externalTrafficPolicy'], etp, 'may only be set for externally-accessible services');
  const hc = asNumber(spec.healthCheckNodePort) ?? 0;
  if (lb && etp === 'Local') {
    if (hc !== 0) for (const msg of isValidPortNum(hc)) errs.invalid(['spec', 'healthCheckNodePort'], hc, msg);
  } else if (hc !== 0) {
    errs.invalid(['spec', 'healthCheckNodePort'], hc, "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'");
  }
  if (spec.allocateLoadBalancerNodePorts != null && !lb) {
    errs.forbidden(['spec', 'allocateLoadBalancerNodePorts'], "may only be used when `type` is 'LoadBalancer'");
  }
  const lbClass = spec.loadBalancerClass;
  if (typeof lbClass === 'string') {
    if (!lb) errs.forbidden(['spec', 'loadBalancerClass'], "may only be used when `type` is 'LoadBalancer'");
    else for (const msg of isQualifiedName(lbClass)) errs.invalid(['spec', 'loadBalancerClass'], lbClass, msg);
  }
}

function checkAffinity(errs: FieldErrors, spec: Obj): void {
  const affinity = asString(spec.sessionAffinity) || 'None';
  const config = spec.sessionAffinityConfig;
  if (affinity === 'None' && config != null) {
    errs.forbidden(['spec', 'sessionAffinityConfig'], 'must not be set when session affinity is None');
  } else if (affinity === 'ClientIP') {
    // SetDefaults_Service fills a missing timeout with 10800 seconds.
    const timeout = asNumber(getIn(config, 'clientIP', 'timeoutSeconds'));
    if (timeout !== undefined && (timeout <= 0 || timeout > MAX_AFFINITY_SECONDS)) {
      errs.invalid(['spec', 'sessionAffinityConfig', 'clientIP', 'timeoutSeconds'], timeout, `must be greater than 0 and less than ${MAX_AFFINITY_SECONDS}`);
    }
  }
}

/**
 * Service spec, after SetDefaults_Service (type ClusterIP, sessionAffinity None, protocol TCP, targetPort = port,
 * externalTrafficPolicy Cluster on external types): pkg/apis/core/validation/validation.go ValidateService and the
 * functions it calls (validateServicePort, ValidateServiceClusterIPsRelatedFields, validateServiceExternalTrafficPolicy,
 * validateLoadBalancerClassField, validateClientIPAffinityConfig). Node ports outside the default
 * 30000-32767 range are a warning: the allocator rejects them, but the range is a cluster setting.
 */
export const serviceSpecInvalid: Rule = {
  meta: {
    id: 'service-spec-invalid',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A Service spec the API server rejects: unnamed or duplicate ports, bad port numbers or names, fields that do not fit the Service type.',
    rationale:
      'pkg/apis/core/validation/validation.go ValidateService: ports are required (except headless and ExternalName), named when there ' +
      'are several and unique; nodePort, externalTrafficPolicy, healthCheckNodePort, loadBalancerSourceRanges, loadBalancerClass and ' +
      'allocateLoadBalancerNodePorts are only valid for some types; ExternalName needs a DNS externalName and no cluster IP.',
    howToFix: 'Name every port of a multi-port Service uniquely (DNS labels), and only set type-specific fields on that type.',
    examples: {
      invalid: 'kind: Service\nspec:\n  ports:\n    - port: 80\n    - port: 443',
      valid: 'kind: Service\nspec:\n  ports:\n    - {name: http, port: 80}\n    - {name: https, port: 443}',
    },
    peers: ['kube-linter:invalid-target-ports'],
  },
  kinds: ['Service'],
  check(ctx) {
    const { object } = ctx;
    const spec = asObject(object.spec);
    if (groupOf(object) !== '' || !spec) return;
    const type = asString(spec.type) || 'ClusterIP';
    if (!TYPES.has(type)) return; // the schema validator reports the type
    const errs = fieldErrors(ctx);
    const headless = isHeadless(spec);
    if ((asArray(spec.ports)?.length ?? 0) === 0 && !headless && type !== 'ExternalName') errs.required(['spec', 'ports']);
    if ((type === 'LoadBalancer' || type === 'NodePort') && headless) {
      errs.invalid(['spec', 'clusterIPs', 0], 'None', `may not be set to 'None' for ${type} services`, { at: ['spec', spec.clusterIPs ? 'clusterIPs' : 'clusterIP'] });
    }
    if (type === 'ExternalName') checkExternalName(errs, spec);
    else checkServiceIPs(errs, spec);
    checkServicePorts(errs, spec.ports, type);
    checkAffinity(errs, spec);
    checkSourceRanges(errs, spec, asObject(asObject(object.metadata)?.annotations) ?? {}, type === 'LoadBalancer');
    checkTypeDependentFields(errs, spec, type);
  },
};
