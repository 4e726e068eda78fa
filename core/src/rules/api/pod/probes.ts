import type { PathSegment } from '../../../load/json-path.js';
import { probeNumbersOf, terminationGracePeriodOf, type ProbeNumbers } from '../../../model/defaults.js';
import { asArray, asNumber, asObject, objectItems, type Obj } from '../../../model/fields.js';
import { isValidPortName, isValidPortNum } from '../../../model/names.js';
import { isLongLivedContainer } from '../../../model/pod-template.js';
import { checkNonNegative, type FieldErrors } from '../field-errors.js';
import { podSpecRule } from './pod-spec-rule.js';
import { httpHeaderNameErrors } from './pod-syntax.js';

const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'] as const;
const LIFECYCLE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'] as const;
const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const NUMBERS: readonly (keyof ProbeNumbers)[] = ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'];

/** ValidatePortNumOrName: a number 1-65535 or an IANA service name (`at`: the handler, whose `port` it is). */
function checkPort(errs: FieldErrors, at: readonly PathSegment[], port: unknown): void {
  if (typeof port === 'number' && (port < 1 || port > 65535)) errs.invalidEach([...at, 'port'], port, isValidPortNum(port));
  else if (typeof port === 'string') {
    const problems = isValidPortName(port);
    if (problems.length > 0) errs.invalidEach([...at, 'port'], port, problems);
  }
}

/** validateHandler: exactly one action, each valid. */
function checkHandler(errs: FieldErrors, path: readonly PathSegment[], handler: Obj, kinds: readonly string[], gracePeriod: number): void {
  let found = false;
  for (const kind of kinds) {
    const action = handler[kind];
    if (action === undefined || action === null) continue;
    if (found) {
      errs.forbidden([...path, kind], 'may not specify more than 1 handler type', { on: 'key' });
      continue;
    }
    found = true;
    const o = asObject(action);
    if (o === undefined) continue;
    const at = [...path, kind];
    if (kind === 'exec' && (asArray(o.command)?.length ?? 0) === 0) errs.required([...at, 'command']);
    if (kind === 'httpGet' || kind === 'tcpSocket' || kind === 'grpc') checkPort(errs, at, o.port);
    if (kind === 'httpGet') {
      for (const { item, index } of objectItems(o.httpHeaders)) {
        if (typeof item.name !== 'string') continue;
        errs.invalidEach([...at, 'httpHeaders'], item.name, httpHeaderNameErrors(item.name), { at: [...at, 'httpHeaders', index, 'name'] });
      }
    }
    const seconds = asNumber(o.seconds);
    if (kind === 'sleep' && seconds !== undefined && (seconds < 0 || seconds > gracePeriod)) {
      errs.invalid(at, seconds, `must be non-negative and less than terminationGracePeriodSeconds (${gracePeriod})`, { at: [...at, 'seconds'] });
    }
  }
  if (!found) errs.required(path, 'must specify a handler type', { on: 'key' });
}

/** validateProbe, with validateLivenessProbe / validateReadinessProbe / validateStartupProbe on top. */
function checkProbe(errs: FieldErrors, path: readonly PathSegment[], probe: Obj, kind: (typeof PROBES)[number], gracePeriod: number): void {
  checkHandler(errs, path, probe, PROBE_HANDLERS, gracePeriod);
  const numbers = probeNumbersOf(probe);
  for (const field of NUMBERS) if (numbers[field] < 0) checkNonNegative(errs, numbers[field], [...path, field]);
  const probeGrace = asNumber(probe.terminationGracePeriodSeconds);
  if (probeGrace !== undefined && probeGrace <= 0) errs.invalid([...path, 'terminationGracePeriodSeconds'], probeGrace, 'must be greater than 0');
  if (kind === 'readinessProbe' && probeGrace !== undefined) {
    errs.invalid([...path, 'terminationGracePeriodSeconds'], probeGrace, 'must not be set for readinessProbes');
  }
  if (kind !== 'readinessProbe' && numbers.successThreshold !== 1) errs.invalid([...path, 'successThreshold'], numbers.successThreshold, 'must be 1');
}

/**
 * Probes and lifecycle hooks: pkg/apis/core/validation/validation.go validateProbe (exactly one handler, no negative
 * numbers, a positive terminationGracePeriodSeconds), validateLivenessProbe / validateStartupProbe (successThreshold
 * must be 1), validateReadinessProbe (no terminationGracePeriodSeconds), validateHandler (exec command, ports, HTTP
 * header names, sleep within the grace period) and validateLifecycle. Probe numbers are defaulted first
 * (SetDefaults_Probe): 0 means "unset". Checked on regular containers and sidecars; the sidecars rule forbids them
 * on other init containers.
 */
export const probes = podSpecRule({
  meta: {
    id: 'probes',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A probe or lifecycle hook with no handler or several, an invalid port, a negative number, or a liveness/startup successThreshold other than 1.',
    rationale:
      'kube-apiserver rejects it: pkg/apis/core/validation/validation.go validateProbe, validateLivenessProbe, validateStartupProbe, ' +
      'validateReadinessProbe, validateHandler and validateLifecycle.',
    howToFix: 'Give each probe exactly one of exec, httpGet, tcpSocket or grpc with a valid port; use successThreshold 1 for liveness and startup probes.',
    examples: {
      invalid: 'livenessProbe:\n  httpGet: {path: /healthz, port: 8080}\n  successThreshold: 2',
      valid: 'livenessProbe:\n  httpGet: {path: /healthz, port: 8080}\n  failureThreshold: 3',
    },
  },
  check({ errs, template, pod }) {
    let gracePeriod: number | undefined;
    for (const c of pod.allContainers) {
      if (!isLongLivedContainer(c)) continue;
      for (const kind of PROBES) {
        const probe = asObject(c.container[kind]);
        if (probe !== undefined) checkProbe(errs, [...c.path, kind], probe, kind, (gracePeriod ??= terminationGracePeriodOf(template.spec)));
      }
      const lifecycle = asObject(c.container.lifecycle);
      if (lifecycle === undefined) continue;
      for (const hook of ['postStart', 'preStop'] as const) {
        const handler = asObject(lifecycle[hook]);
        if (handler !== undefined) checkHandler(errs, [...c.path, 'lifecycle', hook], handler, LIFECYCLE_HANDLERS, (gracePeriod ??= terminationGracePeriodOf(template.spec)));
      }
    }
  },
});
