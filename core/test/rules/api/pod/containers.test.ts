import { describe, expect, it } from 'vitest';
import { isDns1123Label, isValidPortName } from '../../../../src/model/names.js';
import { containerImage } from '../../../../src/rules/api/pod/container-image.js';
import { containerNames } from '../../../../src/rules/api/pod/container-names.js';
import { containerPorts } from '../../../../src/rules/api/pod/container-ports.js';
import { findingsOf, summary } from '../../helpers.js';
import { deployment, pod, web } from './builders.js';

// Upstream: pkg/apis/core/validation/validation.go validateContainers ("spec.containers: Required value" for an
// empty list), validateContainerCommon (name Required / ValidateDNS1123Label) and the uniqueness checks of
// validateInitContainers and validateEphemeralContainers (validation_test.go TestValidateContainers
// "duplicate names", TestValidateInitContainers "duplicate names with containers").
describe('container-names', () => {
  it.each([
    { name: 'distinct names across init and regular containers pass', spec: 'initContainers:\n  - {name: init, image: busybox}\ncontainers:\n  - {name: web, image: nginx}', out: [] },
    { name: 'an empty containers list is required', spec: 'containers: []', out: ['container-names 6:15 spec.containers: Required value'] },
    {
      name: 'two regular containers with one name are a duplicate',
      spec: 'containers:\n  - {name: web, image: nginx}\n  - {name: web, image: envoy}',
      out: ['container-names 8:14 spec.containers[1].name: Duplicate value: "web"'],
    },
    {
      name: 'an init container reusing a regular container name is a duplicate',
      spec: 'containers:\n  - {name: web, image: nginx}\ninitContainers:\n  - {name: web, image: busybox}',
      out: ['container-names 9:14 spec.initContainers[0].name: Duplicate value: "web"'],
    },
    { name: 'an empty name is required', spec: 'containers:\n  - {name: "", image: nginx}', out: ['container-names 7:14 spec.containers[0].name: Required value'] },
    {
      name: 'an uppercase name is not a DNS-1123 label',
      spec: 'containers:\n  - {name: Web, image: nginx}',
      out: isDns1123Label('Web').map((m) => `container-names 7:14 spec.containers[0].name: Invalid value: "Web": ${m}`),
    },
    {
      name: 'ephemeral containers cannot be created with a Pod',
      spec: 'containers:\n  - {name: web, image: nginx}\nephemeralContainers:\n  - {name: debug, image: busybox}',
      out: ['container-names 8:3 spec.ephemeralContainers: Forbidden: cannot be set on create'],
    },
  ])('$name', ({ spec, out }) => {
    expect(summary(findingsOf(containerNames, pod(spec)))).toEqual(out);
  });

  it('softens a name that is an unfilled template placeholder to a warning', () => {
    const ds = findingsOf(containerNames, pod('containers:\n  - {name: "${NAME}", image: nginx}'));
    expect(ds.map((d) => d.severity)).toEqual(['warning']);
    expect(ds[0]?.message).toMatch(/^spec\.containers\[0\]\.name: Invalid value: "\$\{NAME\}": .* \(an unfilled template placeholder\?\)$/);
  });

  it('forbids ephemeral containers in a template with the template wording', () => {
    const yaml = deployment('containers:\n  - {name: web, image: nginx}\nephemeralContainers:\n  - {name: debug, image: busybox}');
    expect(summary(findingsOf(containerNames, yaml))).toEqual(['container-names 14:7 spec.template.spec.ephemeralContainers: Forbidden: ephemeral containers not allowed in pod template']);
  });
});

// Upstream: validateContainerCommon ("image: Required value"; the TODO there keeps whitespace legal in templates)
// and validateContainerOnlyForPod ("must not have leading or trailing whitespace", Pods only).
describe('container-image', () => {
  it.each([
    { name: 'an image passes', yaml: pod(web()), out: [] },
    { name: 'a missing image is required', yaml: pod('containers:\n  - name: web'), out: ['container-image 7:7 spec.containers[0].image: Required value'] },
    { name: 'an empty image is required', yaml: pod('containers:\n  - {name: web, image: ""}'), out: ['container-image 7:26 spec.containers[0].image: Required value'] },
    {
      name: 'whitespace around a Pod image is invalid',
      yaml: pod('containers:\n  - {name: web, image: " nginx"}'),
      out: ['container-image 7:26 spec.containers[0].image: Invalid value: " nginx": must not have leading or trailing whitespace'],
    },
  ])('$name', ({ yaml, out }) => {
    expect(summary(findingsOf(containerImage, yaml))).toEqual(out);
  });

  it('warns about whitespace in a template, whose Pods the API server will reject', () => {
    const ds = findingsOf(containerImage, deployment('containers:\n  - {name: web, image: "nginx "}'));
    expect(ds.map((d) => d.severity)).toEqual(['warning']);
    expect(ds[0]?.message).toMatch(/^spec\.template\.spec\.containers\[0\]\.image: Invalid value: "nginx ": must not have leading or trailing whitespace \(accepted in a template/);
  });
});

// Upstream: validateContainerPorts (TestValidatePorts in validation_test.go: "zero container port", "invalid port
// name", "duplicate port names"), validatePodHostNetworkDeps ("must match `containerPort` when `hostNetwork` is
// true"), AccumulateUniqueHostPorts (TestAccumulateUniqueHostPorts), pkg/api/pod/warnings.go (TestWarnings
// "duplicate container ports with same port and protocol").
describe('container-ports', () => {
  const ports = (p: string, extra = ''): string => pod(`${extra}${web(`ports:\n${p}`)}`);
  it.each([
    { name: 'a named port in range passes', yaml: ports('  - {name: http, containerPort: 80}'), out: [] },
    {
      name: 'a port above 65535 is out of range',
      yaml: ports('  - {containerPort: 70000}'),
      out: ['container-ports 10:27 spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive'],
    },
    { name: 'port 0 is required', yaml: ports('  - {containerPort: 0}'), out: ['container-ports 10:27 spec.containers[0].ports[0].containerPort: Required value'] },
    {
      name: 'a hostPort above 65535 is out of range',
      yaml: ports('  - {containerPort: 80, hostPort: 65536}'),
      out: ['container-ports 10:41 spec.containers[0].ports[0].hostPort: Invalid value: 65536: must be between 1 and 65535, inclusive'],
    },
    {
      name: 'a port name longer than 15 characters is invalid',
      yaml: ports('  - {name: http-metrics-port, containerPort: 80}'),
      out: isValidPortName('http-metrics-port').map((m) => `container-ports 10:18 spec.containers[0].ports[0].name: Invalid value: "http-metrics-port": ${m}`),
    },
    {
      name: 'a port name used twice in a container is a duplicate',
      yaml: ports('  - {name: http, containerPort: 80}\n  - {name: http, containerPort: 81}'),
      out: ['container-ports 11:18 spec.containers[0].ports[1].name: Duplicate value: "http"'],
    },
    {
      name: 'with hostNetwork, a hostPort different from the containerPort is invalid',
      yaml: ports('  - {containerPort: 80, hostPort: 8080}', 'hostNetwork: true\n'),
      out: ['container-ports 11:41 spec.containers[0].ports[0].hostPort: Invalid value: 8080: must match `containerPort` when `hostNetwork` is true'],
    },
    { name: 'with hostNetwork, an unset hostPort defaults to the containerPort', yaml: ports('  - {containerPort: 80}', 'hostNetwork: true\n'), out: [] },
    {
      name: 'a host port taken by two containers is a duplicate, after protocols default to TCP',
      yaml: pod('containers:\n  - {name: a, image: x, ports: [{containerPort: 80, hostPort: 80}]}\n  - {name: b, image: x, ports: [{containerPort: 81, hostPort: 80, protocol: TCP}]}'),
      out: ['container-ports 8:65 spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//80"'],
    },
    { name: 'one port number over TCP and UDP is two ports', yaml: ports('  - {containerPort: 53}\n  - {containerPort: 53, protocol: UDP}'), out: [] },
  ])('$name', ({ yaml, out }) => {
    expect(summary(findingsOf(containerPorts, yaml))).toEqual(out);
  });

  it('warns, as the API server does, about a port declared twice across containers', () => {
    const ds = findingsOf(containerPorts, deployment('containers:\n  - {name: a, image: x, ports: [{containerPort: 80}]}\n  - {name: b, image: x, ports: [{containerPort: 80}]}'));
    expect(ds.map((d) => [d.severity, d.message])).toEqual([
      ['warning', 'spec.template.spec.containers[1].ports[0]: duplicate port definition with spec.template.spec.containers[0].ports[0]'],
    ]);
  });

  it('names the first init container for host port conflicts inside a later one, like the API server', () => {
    const yaml = pod('initContainers:\n  - {name: a, image: x}\n  - {name: b, image: x, ports: [{containerPort: 1, hostPort: 9}, {containerPort: 2, hostPort: 9}]}\ncontainers:\n  - {name: c, image: x}');
    expect(summary(findingsOf(containerPorts, yaml))).toEqual(['container-ports 8:97 spec.initContainers[0].ports[1].hostPort: Duplicate value: "TCP//9"']);
  });
});
