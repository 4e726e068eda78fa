import { describe, expect, it } from 'vitest';
import { WORKLOAD_KINDS } from '../../../../src/model/pod-template.js';
import { duplicate, goKeyPath, goPath, goValue, invalid, notSupported, required } from '../../../../src/rules/api/field-errors.js';
import { POD_SPEC_RULES } from '../../../../src/rules/api/pod/index.js';
import { ALL_RULES } from '../../../../src/rules/index.js';
import { check } from '../../helpers.js';
import { deployment, pod, web } from './builders.js';

describe('POD_SPEC_RULES', () => {
  it.each(POD_SPEC_RULES.map((r) => [r.meta.id, r] as const))('%s is an API-validation rule that names its upstream source', (_id, rule) => {
    expect(rule.meta).toMatchObject({ category: 'api-validation', defaultSeverity: 'error', preset: 'recommended' });
    expect(rule.meta.rationale).toMatch(/pkg\/apis\/core\/validation\/validation\.go \w+/);
    expect(rule.meta.examples?.invalid).toBeTruthy();
    expect(rule.meta.examples?.valid).toBeTruthy();
    expect(rule.kinds).toBe(WORKLOAD_KINDS);
  });

  it('are all registered with the engine', () => {
    for (const rule of POD_SPEC_RULES) expect(ALL_RULES).toContain(rule);
  });

  it('find nothing in a complete, valid Deployment', () => {
    const yaml = deployment(`${web(`ports: [{name: http, containerPort: 80}]
env: [{name: POD_IP, valueFrom: {fieldRef: {fieldPath: status.podIP}}}]
volumeMounts: [{name: config, mountPath: /etc/app, readOnly: true}]
resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {memory: 128Mi}}
readinessProbe: {httpGet: {path: /ready, port: http}, periodSeconds: 5}`)}
volumes: [{name: config, configMap: {name: app}}]
tolerations: [{key: dedicated, operator: Equal, value: web, effect: NoSchedule}]
topologySpreadConstraints: [{maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {app: web}}}]`);
    expect(check(yaml, POD_SPEC_RULES)).toEqual([]);
  });
});

// k8s.io/apimachinery/pkg/util/validation/field/errors.go ErrorBody: strings %q, numbers %v, Stringers bare,
// slices %#v; path.go String(): `.child`, `[index]`, `[key]`.
describe('field errors', () => {
  it('print values the way field.Error does', () => {
    expect(goValue('web')).toBe('"web"');
    expect(goValue(70000)).toBe('70000');
    expect(goValue({ raw: '500m' })).toBe('500m');
    expect(goValue(['a', 'b'])).toBe('[]string{"a", "b"}');
    expect(goValue(null)).toBe('null');
  });

  it('print paths the way field.Path does', () => {
    expect(goPath(['spec', 'containers', 0, 'ports', 1, 'name'])).toBe('spec.containers[0].ports[1].name');
    expect(goKeyPath(['spec', 'containers', 0, 'resources', 'limits'], 'nvidia.com/gpu')).toBe('spec.containers[0].resources.limits[nvidia.com/gpu]');
  });

  it('word the error types as the API server does', () => {
    expect(required()).toBe('Required value');
    expect(invalid(1, 'must be 1')).toBe('Invalid value: 1: must be 1');
    expect(duplicate('web')).toBe('Duplicate value: "web"');
    expect(notSupported('Alwayz', ['Always'])).toBe('Unsupported value: "Alwayz": supported values: "Always"');
  });

  it('leave Pods at error severity', () => {
    expect(check(pod('containers: []'), POD_SPEC_RULES).map((d) => d.severity)).toEqual(['error']);
  });
});
