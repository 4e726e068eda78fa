import { describe, expect, it } from 'vitest';
import { identicalProbes } from '../../../src/rules/practices/probes/identical-probes.js';
import { livenessProbeMissing } from '../../../src/rules/practices/probes/liveness-probe-missing.js';
import { probePortNotDeclared } from '../../../src/rules/practices/probes/probe-port-not-declared.js';
import { readinessProbeMissing } from '../../../src/rules/practices/probes/readiness-probe-missing.js';
import { findingsOf, summary } from '../helpers.js';
import { deployment, oneContainer, pod } from './builders.js';

const service = (selector: string, extra = ''): string => `---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n${extra}  selector: {${selector}}\n  ports: [{port: 80}]\n`;
const probe = (kind: string, handler: string): string => `${kind}:\n  ${handler}`;
const http = (path: string, port: string | number): string => `httpGet: {path: ${path}, port: ${port}}`;

describe('readiness-probe-missing', () => {
  it.each([
    { name: 'a Deployment a Service selects needs one', yaml: deployment(oneContainer()) + service('app: web'), params: {}, findings: 1 },
    { name: 'one probed container is enough for the pod', yaml: deployment(`${oneContainer(probe('readinessProbe', http('/ready', 8080)))}\n  - name: sidecar\n    image: proxy:1.0`) + service('app: web'), params: {}, findings: 0 },
    { name: 'a Service selecting other pods does not count', yaml: deployment(oneContainer()) + service('app: api'), params: {}, findings: 0 },
    { name: 'an ExternalName Service does not count', yaml: deployment(oneContainer()) + service('app: web', '  type: ExternalName\n  externalName: example.com\n'), params: {}, findings: 0 },
    { name: 'a Service in another namespace does not count', yaml: deployment(oneContainer(), { namespace: 'shop' }) + service('app: web'), params: {}, findings: 0 },
    { name: 'without a Service it passes by default', yaml: deployment(oneContainer()), params: {}, findings: 0 },
    { name: 'onlyServiceTargets: false checks every long-running pod', yaml: deployment(oneContainer()), params: { onlyServiceTargets: false }, findings: 1 },
    { name: 'pods that run to completion are skipped', yaml: pod(`restartPolicy: Never\n${oneContainer()}`), params: { onlyServiceTargets: false }, findings: 0 },
  ])('$name', ({ yaml, params, findings }) => {
    expect(findingsOf(readinessProbeMissing, yaml, { rules: { 'readiness-probe-missing': { params } } })).toHaveLength(findings);
  });

  it('points at the containers key and names the Service', () => {
    expect(summary(findingsOf(readinessProbeMissing, deployment(oneContainer()) + service('app: web')))).toEqual([
      'readiness-probe-missing 14:7 no container has a readinessProbe: Service "web" sends traffic to the pod as soon as its containers start',
    ]);
  });
});

describe('liveness-probe-missing', () => {
  it.each([
    { name: 'a Deployment without any liveness probe is reported', yaml: deployment(oneContainer()), findings: 1 },
    { name: 'a liveness probe on one container passes', yaml: deployment(oneContainer(probe('livenessProbe', http('/healthz', 8080)))), findings: 0 },
    { name: 'Jobs are skipped', yaml: `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: once\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n${oneContainer().replace(/^/gm, '      ')}`, findings: 0 },
  ])('$name', ({ yaml, findings }) => {
    expect(findingsOf(livenessProbeMissing, yaml)).toHaveLength(findings);
  });
});

describe('identical-probes', () => {
  it.each([
    { name: 'the same HTTP check twice is reported', live: http('/health', 8080), ready: http('/health', 8080), findings: 1 },
    { name: 'different paths pass', live: http('/healthz', 8080), ready: http('/ready', 8080), findings: 0 },
    { name: 'the same exec command twice is reported', live: 'exec: {command: [cat, /tmp/ok]}', ready: 'exec: {command: [cat, /tmp/ok]}', findings: 1 },
    { name: 'different handler kinds pass', live: 'tcpSocket: {port: 8080}', ready: http('/ready', 8080), findings: 0 },
  ])('$name', ({ live, ready, findings }) => {
    expect(findingsOf(identicalProbes, pod(oneContainer(`${probe('livenessProbe', live)}\n${probe('readinessProbe', ready)}`)))).toHaveLength(findings);
  });

  it('compares the check, not the timing', () => {
    const yaml = pod(oneContainer(`livenessProbe:\n  ${http('/health', 8080)}\n  failureThreshold: 10\nreadinessProbe:\n  ${http('/health', 8080)}`));
    expect(summary(findingsOf(identicalProbes, yaml))).toEqual([
      'identical-probes 9:7 container "app" has identical liveness and readiness probes (httpGet): an overloaded pod is restarted instead of taken out of rotation',
    ]);
  });
});

describe('probe-port-not-declared', () => {
  const ports = 'ports:\n  - name: http\n    containerPort: 8080\n  - name: dns\n    containerPort: 53\n    protocol: UDP';
  it.each([
    { name: 'a declared named port passes', probe: http('/ready', 'http'), params: {}, findings: 0 },
    { name: 'an undeclared named port is reported', probe: http('/ready', 'web'), params: {}, findings: 1 },
    { name: 'a UDP port for a TCP check is reported', probe: 'tcpSocket: {port: dns}', params: {}, findings: 1 },
    { name: 'an undeclared number passes by default', probe: http('/ready', 9000), params: {}, findings: 0 },
    { name: 'numericPorts: true reports an undeclared number', probe: http('/ready', 9000), params: { numericPorts: true }, findings: 1 },
    { name: 'numericPorts: true accepts a declared number as a string', probe: http('/ready', '"8080"'), params: { numericPorts: true }, findings: 0 },
    { name: 'gRPC probes are checked with numericPorts: true', probe: 'grpc: {port: 9000}', params: { numericPorts: true }, findings: 1 },
    { name: 'exec probes have no port', probe: 'exec: {command: [true]}', params: { numericPorts: true }, findings: 0 },
  ])('$name', ({ probe: p, params, findings }) => {
    const yaml = pod(oneContainer(`${ports}\n${probe('readinessProbe', p)}`));
    expect(findingsOf(probePortNotDeclared, yaml, { rules: { 'probe-port-not-declared': { params } } })).toHaveLength(findings);
  });

  it('points at the probe port', () => {
    expect(summary(findingsOf(probePortNotDeclared, pod(oneContainer(`${ports}\nlivenessProbe:\n  httpGet:\n    path: /healthz\n    port: health`))))).toEqual([
      'probe-port-not-declared 18:17 livenessProbe of container "app" uses port "health", which the container does not declare: the probe always fails',
    ]);
  });
});
