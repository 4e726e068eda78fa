import type { PathSegment } from '../../../load/json-path.js';
import { probeNumbersOf, terminationGracePeriodOf, type ProbeNumbers } from '../../../model/defaults.js';
import { asArray, asNumber, asObject, objectItems, type Obj } from '../../../model/fields.js';
import { isValidPortName, isValidPortNum } from '../../../model/names.js';
import { containersOf, WORKLOAD_KINDS } from '../../../model/pod-template.js';
import type { Rule, RuleContext } from '../../rule.js';
import { fail, failEach, forbidden, goPath, invalid, podSpecContext, required } from './field-errors.js';
import { podSpecOf } from './pod-spec-of.js';
import { httpHeaderNameErrors } from './pod-syntax.js';

const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'] as const;
const LIFECYCLE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'] as const;
const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const NUMBERS: readonly (keyof ProbeNumbers)[] = ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'];

/** ValidatePortNumOrName: a number 1-65535 or an IANA service name. */
function checkPort(ctx: RuleContext, path: readonly PathSegment[], port: unknown): void {
  if (typeof port === 'number' && (port < 1 || port > 65535)) failEach(ctx, path, port, isValidPortNum(port));
  else if (typeof port === 'string') {
    const errs = isValidPortName(port);
    if (errs.length > 0) failEach(ctx, path, port, errs);
  }
}

/** validateHandler: exactly one action, each valid. */
function checkHandler(ctx: RuleContext, path: readonly PathSegment[], handler: Obj, kinds: readonly string[], gracePeriod: number): void {
  let found = false;
  for (const kind of kinds) {
    const action = handler[kind];
    if (action === undefined || action === null) continue;
    if (found) {
      fail(ctx, [...path, kind], forbidden('may not specify more than 1 handler type'), { on: 'key' });
      continue;
    }
    found = true;
    const o = asObject(action);
    if (o === undefined) continue;
    const at = [...path, kind];
    if (kind === 'exec' && (asArray(o.command)?.length ?? 0) === 0) fail(ctx, [...at, 'command'], required());
    if (kind === 'httpGet' || kind === 'tcpSocket' || kind === 'grpc') checkPort(ctx, [...at, 'port'], o.port);
    if (kind === 'httpGet') {
      for (const { item, index } of objectItems(o.httpHeaders)) {
        if (typeof item.name !== 'string') continue;
        const errs = httpHeaderNameErrors(item.name);
        if (errs.length > 0) failEach(ctx, [...at, 'httpHeaders', index, 'name'], item.name, errs, { msgPath: goPath([...at, 'httpHeaders']) });
      }
    }
    const seconds = asNumber(o.seconds);
    if (kind === 'sleep' && seconds !== undefined && (seconds < 0 || seconds > gracePeriod)) {
      fail(ctx, [...at, 'seconds'], invalid(seconds, `must be non-negative and less than terminationGracePeriodSeconds (${gracePeriod})`), { msgPath: goPath(at) });
    }
  }
  if (!found) fail(ctx, path, required('must specify a handler type'), { on: 'key' });
}

/** validateProbe, with validateLivenessProbe / validateReadinessProbe / validateStartupProbe on top. */
function checkProbe(ctx: RuleContext, path: readonly PathSegment[], probe: Obj, kind: (typeof PROBES)[number], gracePeriod: number): void {
  checkHandler(ctx, path, probe, PROBE_HANDLERS, gracePeriod);
  const numbers = probeNumbersOf(probe);
  for (const field of NUMBERS) if (numbers[field] < 0) fail(ctx, [...path, field], invalid(numbers[field], 'must be greater than or equal to 0'));
  const probeGrace = asNumber(probe.terminationGracePeriodSeconds);
  if (probeGrace !== undefined && probeGrace <= 0) fail(ctx, [...path, 'terminationGracePeriodSeconds'], invalid(probeGrace, 'must be greater than 0'));
  if (kind === 'readinessProbe' && probeGrace !== undefined) {
    fail(ctx, [...path, 'terminationGracePeriodSeconds'], invalid(probeGrace, 'must not be set for readinessProbes'));
  }
  if (kind !== 'readinessProbe' && numbers.successThreshold !== 1) fail(ctx, [...path, 'successThreshold'], invalid(numbers.successThreshold, 'must be 1'));
}

/**
 * Probes and lifecycle hooks: pkg/apis/core/validation/validation.go validateProbe (exactly one handler, no negative
 * numbers, a positive terminationGracePeriodSeconds), validateLivenessProbe / validateStartupProbe (successThreshold
 * must be 1), validateReadinessProbe (no terminationGracePeriodSeconds), validateHandler (exec command, ports, HTTP
 * header names, sleep within the grace period) and validateLifecycle. Probe numbers are defaulted first
 * (SetDefaults_Probe): 0 means "unset". Checked on regular containers and sidecars; the sidecars rule forbids them
 * on other init containers.
 */
export const probes: Rule = {
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
  kinds: WORKLOAD_KINDS,
  check(rawCtx) {
    const ctx = podSpecContext(rawCtx);
    const template = podSpecOf(ctx.object);
    if (template === undefined) return;
    let gracePeriod: number | undefined;
    for (const c of containersOf(template)) {
      const sidecar = c.kind === 'initContainers' && c.container.restartPolicy === 'Always';
      if (c.kind !== 'containers' && !sidecar) continue;
      for (const kind of PROBES) {
        const probe = asObject(c.container[kind]);
        if (probe !== undefined) checkProbe(ctx, [...c.path, kind], probe, kind, (gracePeriod ??= terminationGracePeriodOf(template.spec)));
      }
      const lifecycle = asObject(c.container.lifecycle);
      if (lifecycle === undefined) continue;
      for (const hook of ['postStart', 'preStop'] as const) {
        const handler = asObject(lifecycle[hook]);
        if (handler !== undefined) checkHandler(ctx, [...c.path, 'lifecycle', hook], handler, LIFECYCLE_HANDLERS, (gracePeriod ??= terminationGracePeriodOf(template.spec)));
      }
    }
  },
};
