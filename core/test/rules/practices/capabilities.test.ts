import { describe, expect, it } from 'vitest';
import { dangerousCapabilities } from '../../../src/rules/practices/security/dangerous-capabilities.js';
import { netRawNotDropped } from '../../../src/rules/practices/security/net-raw-not-dropped.js';
import { findingsOf, summary } from '../helpers.js';
import { oneContainer, pod } from './builders.js';

const caps = (lines: string): string => pod(oneContainer(`securityContext:\n  capabilities:\n${lines.replace(/^/gm, '    ')}`));

describe('dangerous-capabilities', () => {
  it.each([
    { name: 'adding SYS_ADMIN is reported', yaml: caps('add: [SYS_ADMIN]'), findings: 1 },
    { name: 'the CAP_ prefix and lower case are normalised', yaml: caps('add: [cap_net_admin]'), findings: 1 },
    { name: 'ALL is reported', yaml: caps('add: [ALL]'), findings: 1 },
    { name: 'baseline capabilities pass', yaml: caps('add: [NET_BIND_SERVICE, CHOWN, SETUID]'), findings: 0 },
    { name: 'each capability outside the baseline is reported', yaml: caps('add: [NET_ADMIN, NET_RAW, KILL]'), findings: 2 },
    { name: 'dropping capabilities passes', yaml: caps('drop: [ALL]'), findings: 0 },
  ])('$name', ({ yaml, findings }) => {
    expect(findingsOf(dangerousCapabilities, yaml)).toHaveLength(findings);
  });

  it('points at the capability and says what it gives', () => {
    expect(summary(findingsOf(dangerousCapabilities, caps('add:\n  - SYS_ADMIN')))).toEqual([
      'dangerous-capabilities 12:15 container "app" adds capability SYS_ADMIN: mounts, namespaces and most of root on the node',
    ]);
  });

  it('allows what the allowed parameter lists', () => {
    const settings = { rules: { 'dangerous-capabilities': { params: { allowed: ['NET_ADMIN'] } } } };
    expect(summary(findingsOf(dangerousCapabilities, caps('add: [NET_ADMIN, SYS_TIME]'), settings))).toEqual([
      'dangerous-capabilities 11:28 container "app" adds capability SYS_TIME',
    ]);
  });
});

describe('net-raw-not-dropped', () => {
  it.each([
    { name: 'no capabilities at all keeps NET_RAW', yaml: pod(oneContainer()), findings: 1 },
    { name: 'dropping ALL passes', yaml: caps('drop: [ALL]'), findings: 0 },
    { name: 'dropping NET_RAW passes', yaml: caps('drop: [CAP_NET_RAW]'), findings: 0 },
    { name: 'dropping other capabilities keeps NET_RAW', yaml: caps('drop: [SYS_ADMIN]'), findings: 1 },
    { name: 'adding NET_RAW back is left to dangerous-capabilities', yaml: caps('drop: [ALL]\nadd: [NET_RAW]'), findings: 0 },
    { name: 'privileged containers are left to privileged-container', yaml: pod(oneContainer('securityContext:\n  privileged: true')), findings: 0 },
  ])('$name', ({ yaml, findings }) => {
    expect(findingsOf(netRawNotDropped, yaml)).toHaveLength(findings);
  });

  it('points at capabilities.drop when it is written', () => {
    expect(summary(findingsOf(netRawNotDropped, caps('drop: [SYS_ADMIN]')))).toEqual([
      'net-raw-not-dropped 11:17 container "app" does not drop NET_RAW: add ALL (or NET_RAW) to securityContext.capabilities.drop',
    ]);
  });
});
