import { asArray, asObject, asString, getIn, objectItems, type Obj } from '../../../model/fields.js';
import { isDns1035Label, isDns1123Subdomain, isValidPortName, isValidPortNum } from '../../../model/names.js';
import type { Rule } from '../../rule.js';
import { fieldErrors, json, mapKey, type FieldErrors, type Path } from '../field-errors.js';
import { isValidPathSegmentName, isWildcardDns1123Subdomain, parseIP } from './formats.js';

const INVALID_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const INVALID_SUFFIXES = ['/..', '/.'];
const CLASS_ANNOTATION = 'kubernetes.io/ingress.class';

/** A host of a rule or a TLS entry: a DNS subdomain, or a wildcard `*.example.com`. */
function checkHost(errs: FieldErrors, host: string, path: Path): void {
  const msgs = host.includes('*') ? isWildcardDns1123Subdomain(host) : isDns1123Subdomain(host);
  for (const msg of msgs) errs.invalid(path, host, msg);
}

/** validateIngressBackend: a service (name and port name xor number) or a resource, not both. */
function checkBackend(errs: FieldErrors, backend: Obj, path: Path): void {
  const resource = asObject(backend.resource);
  const service = asObject(backend.service);
  if (resource && service) return errs.invalid(path, '', 'cannot set both resource and service backends');
  if (resource) {
    if (typeof resource.apiGroup === 'string') for (const msg of isDns1123Subdomain(resource.apiGroup)) errs.invalid([...path, 'resource', 'apiGroup'], resource.apiGroup, msg);
    for (const field of ['kind', 'name']) {
      const v = resource[field];
      if (typeof v === 'string') for (const msg of isValidPathSegmentName(v)) errs.invalid([...path, 'resource', field], v, msg);
    }
    return;
  }
  // A v1beta1-style backend (serviceName/servicePort) is the schema validator's unknown-field finding.
  if (!service) return Object.keys(backend).length === 0 ? errs.invalid(path, '', 'resource or service backend is required') : undefined;
  if (typeof service.name === 'string' && service.name !== '') {
    for (const msg of isDns1035Label(service.name)) errs.invalid([...path, 'service', 'name'], service.name, msg);
  }
  const port = asObject(service.port) ?? {};
  const name = asString(port.name) ?? '';
  const number = typeof port.number === 'number' ? port.number : 0;
  if (name !== '' && number !== 0) errs.invalid(path, '', 'cannot set both port name & port number', { at: [...path, 'service', 'port'] });
  else if (name !== '') for (const msg of isValidPortName(name)) errs.invalid([...path, 'service', 'port', 'name'], name, msg);
  else if (number !== 0) for (const msg of isValidPortNum(number)) errs.invalid([...path, 'service', 'port', 'number'], number, msg);
  else errs.required(path, 'port name or number is required', { at: [...path, 'service'] });
}

/** validateHTTPIngressPath: absolute, clean paths for Exact and Prefix. */
function checkPath(errs: FieldErrors, item: Obj, path: Path): void {
  const type = item.pathType;
  const p = asString(item.path) ?? '';
  const at: Path = [...path, 'path'];
  if (type === 'Exact' || type === 'Prefix') {
    if (!p.startsWith('/')) errs.invalid(at, p, 'must be an absolute path');
    for (const seq of INVALID_SEQUENCES) if (p.includes(seq)) errs.invalid(at, p, `must not contain '${seq}'`);
    for (const suffix of INVALID_SUFFIXES) if (p.endsWith(suffix)) errs.invalid(at, p, `cannot end with '${suffix}'`);
  } else if (type === 'ImplementationSpecific' && p !== '' && !p.startsWith('/')) {
    errs.invalid(at, p, 'must be an absolute path');
  }
  const backend = asObject(item.backend);
  if (backend) checkBackend(errs, backend, [...path, 'backend']);
}

/**
 * Ingress (networking.k8s.io/v1): pkg/apis/networking/validation/validation.go ValidateIngressCreate →
 * ValidateIngressSpec — rules or a defaultBackend, DNS (or leading-wildcard) hosts that are not IPs, paths
 * absolute for Exact/Prefix, backends with a service xor a resource and a port name xor number, valid TLS hosts
 * and secret names, and the ingress.class annotation agreeing with ingressClassName.
 */
export const ingressSpecInvalid: Rule = {
  meta: {
    id: 'ingress-spec-invalid',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'An Ingress the API server rejects: bad hosts, relative paths for Prefix/Exact, backends without a port or with both service and resource.',
    rationale:
      'pkg/apis/networking/validation/validation.go ValidateIngressSpec, validateIngressRules, validateHTTPIngressPath and ' +
      'validateIngressBackend; ValidateIngressCreate for the kubernetes.io/ingress.class annotation.',
    howToFix: 'Start Prefix and Exact paths with "/", give each backend service a port name or number, and use lower-case DNS hosts.',
    examples: {
      invalid: 'spec:\n  rules:\n    - http:\n        paths:\n          - path: api\n            pathType: Prefix\n            backend: {service: {name: api, port: {number: 80}}}',
      valid: 'spec:\n  rules:\n    - http:\n        paths:\n          - path: /api\n            pathType: Prefix\n            backend: {service: {name: api, port: {number: 80}}}',
    },
  },
  kinds: ['Ingress'],
  check(ctx) {
    const { object } = ctx;
    const spec = asObject(object.spec);
    if (object.apiVersion !== 'networking.k8s.io/v1' || !spec) return;
    const errs = fieldErrors(ctx);
    const rules = objectItems(spec.rules);
    const defaultBackend = asObject(spec.defaultBackend);
    if ((asArray(spec.rules)?.length ?? 0) === 0 && !defaultBackend) errs.invalid(['spec'], json([]), 'either `defaultBackend` or `rules` must be specified', { on: 'key' });
    if (defaultBackend) checkBackend(errs, defaultBackend, ['spec', 'defaultBackend']);
    for (const { item: rule, index } of rules) {
      const path: Path = ['spec', 'rules', index];
      if (typeof rule.host === 'string' && rule.host !== '') {
        if (parseIP(rule.host)) errs.invalid([...path, 'host'], rule.host, 'must be a DNS name, not an IP address');
        checkHost(errs, rule.host, [...path, 'host']);
      }
      const http = asObject(rule.http);
      if (!http) continue;
      if (Array.isArray(http.paths) && http.paths.length === 0) errs.required([...path, 'http', 'paths']);
      for (const { item, index: i } of objectItems(http.paths)) checkPath(errs, item, [...path, 'http', 'paths', i]);
    }
    for (const { item: tls, index } of objectItems(spec.tls)) {
      asArray(tls.hosts)?.forEach((host, i) => {
        if (typeof host === 'string') checkHost(errs, host, ['spec', 'tls', index, 'hosts', i]);
      });
      if (typeof tls.secretName === 'string' && tls.secretName !== '') {
        for (const msg of isDns1123Subdomain(tls.secretName)) errs.invalid(['spec', 'tls', index, 'secretName'], tls.secretName, msg);
      }
    }
    const className = spec.ingressClassName;
    if (typeof className === 'string') for (const msg of isDns1123Subdomain(className)) errs.invalid(['spec', 'ingressClassName'], className, msg);
    const annotation = getIn(object, 'metadata', 'annotations', CLASS_ANNOTATION);
    if (typeof annotation === 'string' && typeof className === 'string' && annotation !== className) {
      errs.invalid(['annotations', CLASS_ANNOTATION], annotation, 'must match `ingressClassName` when both are specified', {
        at: ['metadata', 'annotations', mapKey(CLASS_ANNOTATION)],
      });
    }
  },
};
