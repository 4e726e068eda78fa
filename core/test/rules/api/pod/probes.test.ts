import { describe, expect, it } from 'vitest';
import { isValidPortName } from '../../../../src/model/names.js';
import { probes } from '../../../../src/rules/api/pod/probes.js';
import { sidecars } from '../../../../src/rules/api/pod/sidecars.js';
import { findingsOf, summary } from '../../helpers.js';
import { pod, web } from './builders.js';

// Upstream: pkg/apis/core/validation/validation.go validateProbe / validateHandler (validation_test.go
// TestValidateProbe: "no handler" → "must specify a handler type", negative numbers, TestValidateHandler
// "multiple handlers"), validateLivenessProbe and validateStartupProbe ("successThreshold: must be 1"),
// validateReadinessProbe (terminationGracePeriodSeconds), ValidatePortNumOrName, validateSleepAction, and the
// defaults of SetDefaults_Probe (0 means unset, so `successThreshold: 0` is fine).
describe('probes', () => {
  it.each([
    { name: 'an HTTP liveness probe with defaults passes', extra: 'livenessProbe:\n  httpGet: {path: /healthz, port: 8080}', out: [] },
    { name: 'a zero successThreshold is defaulted to 1 and passes', extra: 'livenessProbe:\n  tcpSocket: {port: http}\n  successThreshold: 0', out: [] },
    { name: 'a probe without a handler is required to have one', extra: 'readinessProbe:\n  periodSeconds: 5', out: ['probes 9:7 spec.containers[0].readinessProbe: Required value: must specify a handler type'] },
    {
      name: 'a probe with two handlers forbids the second',
      extra: 'readinessProbe:\n  exec: {command: [cat, /tmp/ready]}\n  httpGet: {path: /, port: 80}',
      out: ['probes 11:9 spec.containers[0].readinessProbe.httpGet: Forbidden: may not specify more than 1 handler type'],
    },
    { name: 'a liveness successThreshold above 1 is invalid', extra: 'livenessProbe:\n  exec: {command: [true]}\n  successThreshold: 2', out: ['probes 11:27 spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1'] },
    { name: 'a readiness successThreshold above 1 is fine', extra: 'readinessProbe:\n  exec: {command: [true]}\n  successThreshold: 2', out: [] },
    {
      name: 'a negative periodSeconds is invalid',
      extra: 'readinessProbe:\n  exec: {command: [true]}\n  periodSeconds: -1',
      out: ['probes 11:24 spec.containers[0].readinessProbe.periodSeconds: Invalid value: -1: must be greater than or equal to 0'],
    },
    { name: 'an exec probe without a command is required to have one', extra: 'livenessProbe:\n  exec: {}', out: ['probes 10:9 spec.containers[0].livenessProbe.exec.command: Required value'] },
    {
      name: 'a port out of range is invalid',
      extra: 'startupProbe:\n  tcpSocket: {port: 0}',
      out: ['probes 10:27 spec.containers[0].startupProbe.tcpSocket.port: Invalid value: 0: must be between 1 and 65535, inclusive'],
    },
    {
      name: 'a named port must be an IANA service name',
      extra: 'startupProbe:\n  httpGet: {path: /, port: HTTP}',
      out: isValidPortName('HTTP').map((m) => `probes 10:34 spec.containers[0].startupProbe.httpGet.port: Invalid value: "HTTP": ${m}`),
    },
    {
      name: 'a readiness probe may not set its own grace period',
      extra: 'readinessProbe:\n  exec: {command: [true]}\n  terminationGracePeriodSeconds: 10',
      out: ['probes 11:40 spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value: 10: must not be set for readinessProbes'],
    },
    {
      name: 'an HTTP header name with a space is invalid, named on the header list',
      extra: 'livenessProbe:\n  httpGet:\n    port: 80\n    httpHeaders: [{name: "X Custom", value: "1"}]',
      out: [
        "probes 12:32 spec.containers[0].livenessProbe.httpGet.httpHeaders: Invalid value: \"X Custom\": a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')",
      ],
    },
    {
      name: 'a preStop sleep beyond the grace period is invalid',
      extra: 'lifecycle:\n  preStop:\n    sleep: {seconds: 40}',
      out: ['probes 11:28 spec.containers[0].lifecycle.preStop.sleep: Invalid value: 40: must be non-negative and less than terminationGracePeriodSeconds (30)'],
    },
    { name: 'a postStart hook without a handler is required to have one', extra: 'lifecycle:\n  postStart: {}', out: ['probes 10:9 spec.containers[0].lifecycle.postStart: Required value: must specify a handler type'] },
  ])('$name', ({ extra, out }) => {
    expect(summary(findingsOf(probes, pod(web(extra))))).toEqual(out);
  });

  it('checks the probes of sidecars and leaves other init containers to the sidecars rule', () => {
    const yaml = pod('initContainers:\n  - {name: proxy, image: envoy, restartPolicy: Always, readinessProbe: {}}\n  - {name: init, image: busybox, readinessProbe: {}}\ncontainers:\n  - {name: web, image: nginx}');
    expect(summary(findingsOf(probes, yaml))).toEqual(['probes 7:58 spec.initContainers[0].readinessProbe: Required value: must specify a handler type']);
  });
});

// Upstream: validateInitContainers + validateInitContainerRestartPolicy (TestValidateInitContainers
// "invalid restartPolicy", "livenessProbe without restartPolicy=Always") and validateContainers ("may not be set for
// non-init containers").
describe('sidecars', () => {
  it.each([
    { name: 'a sidecar with probes passes', spec: 'initContainers:\n  - {name: proxy, image: envoy, restartPolicy: Always, startupProbe: {tcpSocket: {port: 9901}}}\ncontainers:\n  - {name: web, image: nginx}', out: [] },
    {
      name: 'an init container restartPolicy other than Always is unsupported',
      spec: 'initContainers:\n  - {name: init, image: busybox, restartPolicy: OnFailure}\ncontainers:\n  - {name: web, image: nginx}',
      out: ['sidecars 7:51 spec.initContainers[0].restartPolicy: Unsupported value: "OnFailure": supported values: "Always"'],
    },
    {
      name: 'a probe on a plain init container is forbidden',
      spec: 'initContainers:\n  - name: init\n    image: busybox\n    livenessProbe: {exec: {command: [true]}}\ncontainers:\n  - {name: web, image: nginx}',
      out: ['sidecars 9:7 spec.initContainers[0].livenessProbe: Forbidden: may not be set for init containers without restartPolicy=Always'],
    },
    {
      name: 'a restartPolicy on a regular container is forbidden',
      spec: 'containers:\n  - name: web\n    image: nginx\n    restartPolicy: Always',
      out: ['sidecars 9:7 spec.containers[0].restartPolicy: Forbidden: may not be set for non-init containers'],
    },
  ])('$name', ({ spec, out }) => {
    expect(summary(findingsOf(sidecars, pod(spec)))).toEqual(out);
  });
});
