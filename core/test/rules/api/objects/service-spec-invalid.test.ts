import { describe, expect, it } from 'vitest';
import { serviceSpecInvalid } from '../../../../src/rules/api/objects/service-spec-invalid.js';
import { lint, manifest, severities } from './object-builders.js';

const service = (spec: string): string => manifest('v1', 'Service', `spec:\n${spec}`);

// Upstream: pkg/apis/core/validation/validation.go ValidateService and validateServicePort — validation_test.go
// TestValidateServiceCreate cases "missing ports", "missing port name" (with several ports), "dup port name", "invalid
// port name", "invalid targetport", "nodePort with ClusterIP", "ExternalName without externalName", "headless NodePort",
// "LoadBalancerSourceRanges on ClusterIP", "externalTrafficPolicy on ClusterIP", "healthCheckNodePort without Local";
// SetDefaults_Service defaults type, protocol, targetPort and sessionAffinity first.
describe('service-spec-invalid', () => {
  it.each([
    { name: 'a single unnamed port passes', yaml: service('  selector: {app: web}\n  ports: [{port: 80, targetPort: http}]'), want: [] },
    { name: 'a headless Service without ports passes', yaml: service('  clusterIP: None\n  selector: {app: db}'), want: [] },
    { name: 'an ExternalName Service with a trailing dot passes', yaml: service('  type: ExternalName\n  externalName: db.example.com.'), want: [] },
    { name: 'the same port over TCP and UDP passes', yaml: service('  ports:\n    - {name: dns, port: 53}\n    - {name: dns-udp, port: 53, protocol: UDP}'), want: [] },
    { name: 'a ClusterIP Service without ports fails', yaml: service('  selector: {app: web}'), want: ['service-spec-invalid 5:1 spec.ports: Required value'] },
    {
      name: 'the second of two ports needs a name',
      yaml: service('  ports:\n    - {name: http, port: 80}\n    - {port: 443}'),
      want: ['service-spec-invalid 8:7 spec.ports[1].name: Required value'],
    },
    {
      name: 'port names must be unique',
      yaml: service('  ports:\n    - {name: http, port: 80}\n    - {name: http, port: 8080}'),
      want: ['service-spec-invalid 8:14 spec.ports[1].name: Duplicate value: "http"'],
    },
    {
      name: 'the same port and protocol twice is a duplicate',
      yaml: service('  ports:\n    - {name: a, port: 80}\n    - {name: b, port: 80, targetPort: 8080}'),
      want: ['service-spec-invalid 8:7 spec.ports[1]: Duplicate value: {"protocol":"TCP","port":80}'],
    },
    {
      name: 'an invalid named targetPort fails',
      yaml: service('  ports: [{port: 80, targetPort: http_alt}]'),
      want: ['service-spec-invalid 6:34 spec.ports[0].targetPort: Invalid value: "http_alt": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)'],
    },
    {
      name: 'a port out of range fails',
      yaml: service('  ports: [{port: 70000}]'),
      want: ['service-spec-invalid 6:18 spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive'],
    },
    {
      name: 'nodePort on a ClusterIP Service is forbidden',
      yaml: service('  ports: [{port: 80, nodePort: 30080}]'),
      want: ["service-spec-invalid 6:32 spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"],
    },
    {
      name: 'ExternalName without externalName is a required value',
      yaml: service('  type: ExternalName'),
      want: ['service-spec-invalid 5:1 spec.externalName: Required value'],
    },
    {
      name: 'ExternalName with a clusterIP is forbidden',
      yaml: service('  type: ExternalName\n  externalName: db.example.com\n  clusterIP: 10.0.0.10'),
      want: ['service-spec-invalid 8:14 spec.clusterIPs: Forbidden: may not be set for ExternalName services'],
    },
    {
      name: 'a headless NodePort Service fails',
      yaml: service('  type: NodePort\n  clusterIP: None\n  ports: [{port: 80}]'),
      want: ["service-spec-invalid 7:14 spec.clusterIPs[0]: Invalid value: \"None\": may not be set to 'None' for NodePort services"],
    },
    {
      name: 'an invalid clusterIP fails',
      yaml: service('  clusterIP: 10.0.0.300\n  ports: [{port: 80}]'),
      want: ['service-spec-invalid 6:14 spec.clusterIPs[0]: Invalid value: "10.0.0.300": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'],
    },
    {
      name: 'externalTrafficPolicy on a ClusterIP Service fails',
      yaml: service('  externalTrafficPolicy: Cluster\n  ports: [{port: 80}]'),
      want: ['service-spec-invalid 6:26 spec.externalTrafficPolicy: Invalid value: "Cluster": may only be set for externally-accessible services'],
    },
    { name: 'externalTrafficPolicy with externalIPs passes', yaml: service('  externalTrafficPolicy: Local\n  externalIPs: [203.0.113.7]\n  ports: [{port: 80}]'), want: [] },
    {
      name: 'a loopback externalIP fails',
      yaml: service('  externalIPs: [127.0.0.1]\n  ports: [{port: 80}]'),
      want: ['service-spec-invalid 6:17 spec.externalIPs[0]: Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8, ::1/128)'],
    },
    {
      name: 'loadBalancerSourceRanges on a NodePort Service are forbidden, and CIDRs are checked',
      yaml: service('  type: NodePort\n  loadBalancerSourceRanges: [10.0.0.0/8, 10.0.0.0/33]\n  ports: [{port: 80}]'),
      want: [
        "service-spec-invalid 7:3 spec.LoadBalancerSourceRanges: Forbidden: may only be used when `type` is 'LoadBalancer'",
        'service-spec-invalid 7:42 spec.LoadBalancerSourceRanges[1]: Invalid value: "10.0.0.0/33": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)',
      ],
    },
    {
      name: 'healthCheckNodePort without externalTrafficPolicy Local fails',
      yaml: service('  type: LoadBalancer\n  healthCheckNodePort: 30100\n  ports: [{port: 80}]'),
      want: ["service-spec-invalid 7:24 spec.healthCheckNodePort: Invalid value: 30100: may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'"],
    },
    {
      name: 'sessionAffinityConfig without ClientIP affinity is forbidden',
      yaml: service('  sessionAffinityConfig: {clientIP: {timeoutSeconds: 60}}\n  ports: [{port: 80}]'),
      want: ['service-spec-invalid 6:26 spec.sessionAffinityConfig: Forbidden: must not be set when session affinity is None'],
    },
    {
      name: 'a ClientIP timeout over a day fails',
      yaml: service('  sessionAffinity: ClientIP\n  sessionAffinityConfig: {clientIP: {timeoutSeconds: 90000}}\n  ports: [{port: 80}]'),
      want: ['service-spec-invalid 7:54 spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 90000: must be greater than 0 and less than 86400'],
    },
    {
      name: 'two IPv4 families are duplicates',
      yaml: service('  ipFamilies: [IPv4, IPv4]\n  ports: [{port: 80}]'),
      want: ['service-spec-invalid 6:22 spec.ipFamilies[1]: Duplicate value: "IPv4"'],
    },
    {
      name: 'loadBalancerClass on a ClusterIP Service is forbidden',
      yaml: service('  loadBalancerClass: example.com/lb\n  ports: [{port: 80}]'),
      want: ["service-spec-invalid 6:22 spec.loadBalancerClass: Forbidden: may only be used when `type` is 'LoadBalancer'"],
    },
  ])('$name', ({ yaml, want }) => {
    expect(lint(serviceSpecInvalid, yaml)).toEqual(want);
  });

  it('reports a nodePort outside the default range as a warning', () => {
    const yaml = service('  type: NodePort\n  ports: [{port: 80, nodePort: 8080}]');
    expect(lint(serviceSpecInvalid, yaml)).toEqual([
      'service-spec-invalid 7:32 spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range. The range of valid ports is 30000-32767 (the default --service-node-port-range; clusters may allow another)',
    ]);
    expect(severities(serviceSpecInvalid, yaml)).toEqual(['warning']);
  });
});
